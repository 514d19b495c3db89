package org.policytracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.policytracker.security.repository.AppUserRepository;
import org.policytracker.security.repository.PersonalApiTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own API tokens for the embedded default's REST API: created with a name and a
 * scope ({@link ApiTokenScope}), listed, revoked (refused from the next request on). A token is 256 random
 * bits, shown once when made; only its SHA-256 is stored, which is enough for a secret that cannot be
 * guessed (BCrypt's deliberate slowness is for passwords people choose, and would cost every API call).
 */
@Service
public class PersonalApiTokens {

    static final int MAX_NAME_LENGTH = 80;
    /** Active tokens one person may hold: enough for each of their scripts and systems, not unbounded. */
    static final int MAX_ACTIVE = 20;
    /** Marks the token as this application's (and lets secret scanners recognise it). */
    static final String PREFIX = "pt_";
    private static final int TOKEN_BYTES = 32;

    private final PersonalApiTokenRepository tokens;
    private final AppUserRepository directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApiTokenCallers callers;
    private final SecureRandom random = new SecureRandom();

    PersonalApiTokens(PersonalApiTokenRepository tokens, AppUserRepository directory, CurrentUser currentUser,
            Clock clock, ApiTokenCallers callers) {
        this.tokens = tokens;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.callers = callers;
    }

    /** The signed-in person's tokens, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<PersonalApiToken> mine() {
        return tokens.findByUsernameOrderByCreatedAtDescIdDesc(me());
    }

    /** Makes a token for the signed-in person and returns its secret (the only time it is seen). */
    @Transactional
    public String create(String name, ApiTokenScope scope) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new PersonRefusedException("name", "Name the token (1 to " + MAX_NAME_LENGTH
                    + " characters), e.g. after the script or system that uses it");
        }
        if (scope == null) {
            throw new PersonRefusedException("scope", "Choose what the token may do");
        }
        List<PersonalApiToken> active = mine().stream().filter(token -> !token.isRevoked()).toList();
        if (active.stream().anyMatch(token -> token.getName().equalsIgnoreCase(trimmed))) {
            throw new PersonRefusedException("name", "You already have a token named \"" + trimmed + "\"");
        }
        if (active.size() >= MAX_ACTIVE) {
            throw new PersonRefusedException("name", "You have " + MAX_ACTIVE + " tokens; revoke one you no longer use");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new PersonalApiToken(me(), trimmed, scope, sha256(secret), clock.instant()));
        return secret;
    }

    /** Revokes one of the signed-in person's tokens; another person's is not theirs to revoke (nor to know of). */
    @Transactional
    public void revoke(long id) {
        tokens.findById(id).filter(token -> token.getUsername().equals(me()))
                .orElseThrow(() -> new PersonRefusedException("token", "You have no token " + id))
                .revoke(clock.instant());
        callers.forgetOnCommit();
    }

    /**
     * Who calls with this secret, if it is an active token of an active person. Answered from memory for a
     * token used in the last seconds ({@link ApiTokenCallers}), so no transaction here: a kept caller needs
     * no database connection.
     */
    Optional<ApiTokenUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        return callers.caller(hash, () -> tokens.findByTokenHashAndRevokedAtIsNull(hash).flatMap(token -> directory
                .findById(token.getUsername()).filter(AppUser::isActive).map(person -> new ApiTokenUser(
                        person.getUsername(), person.getDisplayName(), person.getTenantId(), person.getRoles(),
                        token.getScope()))));
    }

    private String me() {
        return currentUser.require().username();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
