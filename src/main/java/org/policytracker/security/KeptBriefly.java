package org.policytracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers about API callers kept in memory for a few seconds of elapsed real time (Caffeine's ticker, not the
 * application's clock, which tests and demos fix), so that a client calling many times a second is not read
 * from the database on every call. {@link #forgetOnCommit} forgets all of them once the change that makes them
 * wrong commits on this node; another node's change is seen when they expire.
 * <p>
 * The generation is part of the key: an answer read from the database before a change committed is stored
 * under the old generation, which nobody asks for again, so it cannot outlive the change.
 */
final class KeptBriefly<K, V> {

    private record Key<K>(long generation, K key) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key<K>, V> kept;

    KeptBriefly(Duration keptFor, int capacity) {
        kept = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(keptFor).build();
    }

    /** The kept answer, or the lookup's (kept unless it is null). */
    V get(K key, Function<K, V> lookup) {
        Key<K> current = new Key<>(generation.get(), key);
        V known = kept.getIfPresent(current);
        if (known != null) {
            return known;
        }
        V found = lookup.apply(key);
        if (found != null) {
            kept.put(current, found);
        }
        return found;
    }

    /**
     * Forgets every kept answer once the current transaction commits (now, without one). Changes are rare
     * enough that forgetting all is simpler than finding the answers they touch.
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
        kept.invalidateAll();
    }
}
