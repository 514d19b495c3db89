package org.policytracker.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * A fresh random nonce per request, for the Content-Security-Policy's {@code script-src}: Vaadin's
 * bootstrap page starts its client with inline scripts, which get this nonce here (every
 * {@code <script>} of the page Vaadin serves), and the policy header allows inline script with
 * this nonce only ({@link SecurityHeaders}); an injected script cannot know it.
 */
@Component
class ScriptNonce implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request's nonce, made at first use (the page or the header, whichever comes first). */
    static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(ATTRIBUTE);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(ATTRIBUTE, nonce);
        }
        return (String) nonce;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonce::addToScripts);
    }

    private static void addToScripts(IndexHtmlResponse page) {
        if (page.getVaadinRequest() instanceof HttpServletRequest request) {
            page.getDocument().getElementsByTag("script").attr("nonce", of(request));
        }
    }
}
