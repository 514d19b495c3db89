package org.policytracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who called with a personal API token lately, by the token's hash: a script that calls many times a
 * second is authenticated from memory, not with two database reads per call. Only tokens that were
 * accepted are kept, for {@link #REUSED_FOR} at most. On this node a revocation or a change of the
 * person's directory entry (role, organisation, deactivation) is heard at once: {@link #forgetOnCommit}
 * forgets every caller once it commits. Another node's change is seen within {@link #REUSED_FOR}, as
 * {@link KnownTenants} sees another node's deactivated organisation within its own reuse time. Whether the
 * caller's organisation is still active is asked on every call, outside this cache.
 * <p>
 * The generation is part of the key: a lookup that read the database before a change committed is
 * stored under the old generation, which no caller asks for again, so it cannot outlive the change.
 */
@Component
class ApiTokenCallers {

    /** Elapsed real time (Caffeine's ticker), not the application's clock, which tests and demos fix. */
    static final Duration REUSED_FOR = Duration.ofSeconds(5);
    /** Tokens kept at once: far more than the scripts that call at the same time; the least used go first. */
    static final int CAPACITY = 10_000;

    private record Key(long generation, String tokenHash) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, ApiTokenUser> callers = Caffeine.newBuilder().maximumSize(CAPACITY)
            .expireAfterWrite(REUSED_FOR).build();

    /** The caller of the token with this hash: kept, or looked up (and kept when the token is accepted). */
    Optional<ApiTokenUser> caller(String tokenHash, Supplier<Optional<ApiTokenUser>> lookup) {
        Key key = new Key(generation.get(), tokenHash);
        ApiTokenUser known = callers.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ApiTokenUser> found = lookup.get();
        found.ifPresent(caller -> callers.put(key, caller));
        return found;
    }

    /**
     * Forgets every kept caller once the current transaction commits (now, without one): a token was revoked
     * or a person's standing changed. Rare enough that forgetting all is simpler than finding theirs.
     */
    void forgetOnCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        callers.invalidateAll();
    }
}
