package org.policytracker.mail;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: the POST a mail client sends to the address of an e-mail's
 * List-Unsubscribe header. Open without signing in (the signed token is the authority; the security
 * configuration permits this path); it stops that e-mail kind for that person and nothing else.
 */
@RestController
@RequestMapping("/api/v1/unsubscribe")
class UnsubscribeApiController {

    private final DeliveryPreferences preferences;

    UnsubscribeApiController(DeliveryPreferences preferences) {
        this.preferences = preferences;
    }

    @PostMapping("/{token}")
    ResponseEntity<?> unsubscribe(@PathVariable String token) {
        return preferences.unsubscribe(token)
                .<ResponseEntity<?>>map(stopped -> ResponseEntity.ok(Map.of("username", stopped.username(),
                        "kind", stopped.kind().name(), "channel", Channel.IN_APP.name())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "This unsubscribe link is not valid (altered or incomplete)")));
    }
}
