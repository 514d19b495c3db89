package org.policytracker.shell;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What each open push WebSocket (one per signed-in page) holds on the server. Measured with
 * {@code SessionMemoryBenchmark} (docs/BENCHMARKS.md), per connection: 48 KB of Atmosphere buffers that are never
 * written to, and 56 KB of heap (plus zlib's native state) for compressing the frames.
 */
@Configuration(proxyBeanMethods = false)
class PushConnectionMemory {

    /**
     * Atmosphere gives every WebSocket a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
     * (Vaadin sets 16,384: 48 KB) that it only ever clears; messages are written without them. New connections read
     * the setting when they open, so changing it once the framework is set up is enough.
     */
    @Bean
    VaadinServiceInitListener smallAtmosphereWebSocketBuffers() {
        return event -> {
            if (event.getSource() instanceof VaadinServletService service) {
                String name = JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName());
                if (service.getServlet().getServletContext().getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "16");
                }
            }
        };
    }

    /**
     * Push WebSockets without the permessage-deflate extension: Tomcat keeps a 32 KB window and three 8 KB buffers in
     * the heap per compressed connection, besides zlib's native state, for as long as the page stays open. Push
     * messages are small changes of the page; the initial page and the XHR requests are unaffected. Tomcat offers no
     * switch, so the browser's offer is hidden from it.
     */
    @Bean
    FilterRegistrationBean<Filter> pushWithoutCompression() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http ? new HttpServletRequestWrapper(http) {
                    @Override
                    public String getHeader(String name) {
                        return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
                    }
                } : request,
                response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";
}
