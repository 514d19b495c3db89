package org.policytracker.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Who called with a personal API token lately, by the token's hash: a script that calls many times a
 * second is authenticated from memory, not with two database reads per call. Only tokens that were
 * accepted are kept, for {@link #REUSED_FOR} at most. On this node a revocation or a change of the
 * person's directory entry (role, organisation, deactivation) is heard at once: {@link #forgetOnCommit}
 * forgets every caller once it commits. Another node's change is seen within {@link #REUSED_FOR}, as
 * {@link KnownTenants} sees another node's deactivated organisation within its own reuse time. Whether the
 * caller's organisation is still active is asked on every call, outside this cache.
 */
@Component
class ApiTokenCallers {

    /** Elapsed real time, not the application's clock, which tests and demos fix. */
    static final Duration REUSED_FOR = Duration.ofSeconds(5);
    /** Tokens kept at once: far more than the scripts that call at the same time; the least used go first. */
    static final int CAPACITY = 10_000;

    private final KeptBriefly<String, ApiTokenUser> callers = new KeptBriefly<>(REUSED_FOR, CAPACITY);

    /** The caller of the token with this hash: kept, or looked up (and kept when the token is accepted). */
    Optional<ApiTokenUser> caller(String tokenHash, Supplier<Optional<ApiTokenUser>> lookup) {
        return Optional.ofNullable(callers.get(tokenHash, hash -> lookup.get().orElse(null)));
    }

    /** Forgets every kept caller once the current transaction commits: a token was revoked or a person's standing changed. */
    void forgetOnCommit() {
        callers.forgetOnCommit();
    }
}
