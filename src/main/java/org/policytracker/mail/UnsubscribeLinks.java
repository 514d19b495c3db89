package org.policytracker.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links: a token naming a person and a kind of message, signed with an HMAC
 * (SHA-256) under {@code policy-tracker.mail.unsubscribe-secret}, so that it works without signing in and
 * cannot be forged or turned to another person or kind. It does not expire: an old e-mail's link still
 * works, and using it twice changes nothing more.
 */
@Component
public class UnsubscribeLinks {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token stops: one kind of message for one person. */
    public record Subscription(String username, MessageKind kind) {
    }

    private final SecretKeySpec key;
    private final MailProperties properties;

    UnsubscribeLinks(MailProperties properties) {
        this.properties = properties;
        byte[] secret;
        if (properties.unsubscribeSecret() == null || properties.unsubscribeSecret().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("policy-tracker.mail.unsubscribe-secret is not set: unsubscribe links are signed with a key of"
                    + " this run only and stop working when the application restarts");
        } else {
            secret = properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String token(String username, MessageKind kind) {
        byte[] payload = (kind.name() + ":" + username).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The page the e-mail's unsubscribe line opens (it asks for one click, so a link preview changes nothing). */
    public String pageFor(String username, MessageKind kind) {
        return properties.link("unsubscribe/" + token(username, kind));
    }

    /** The address of the RFC 8058 one-click POST a mail client sends (List-Unsubscribe header). */
    public String oneClickFor(String username, MessageKind kind) {
        return properties.link("api/v1/unsubscribe/" + token(username, kind));
    }

    /** The subscription a token stops, if its signature is right. */
    public Optional<Subscription> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", 2);
            return Optional.of(new Subscription(parts[1], MessageKind.valueOf(parts[0])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
        }
    }
}
