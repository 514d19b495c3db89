package org.policytracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Bearer tokens decoded once: a client sends the same token with every call until it expires, and parsing it
 * and checking its signature cost more than the rest of a call answered 304. The signature and issuer of a
 * token do not change, so they are checked the first time; its lifetime is checked again on every call, with
 * the same validator. Kept for {@link #KEPT_FOR} of elapsed time at most, {@link #CAPACITY} tokens at most.
 */
final class RecentlyDecodedTokens implements JwtDecoder {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    static final int CAPACITY = 10_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> decoded = Caffeine.newBuilder().maximumSize(CAPACITY)
            .expireAfterWrite(KEPT_FOR).build();

    RecentlyDecodedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
        this.decoder = decoder;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = decoded.getIfPresent(token);
        if (known == null) {
            Jwt jwt = decoder.decode(token); // checks signature, issuer and lifetime
            decoded.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            decoded.invalidate(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return known;
    }
}
