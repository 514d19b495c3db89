package org.policytracker.gap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.policytracker.audit.AdministrationChanged;
import org.policytracker.collab.ItemChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The computed dashboards, one per filter and as-of day, kept until a change they depend on commits: a
 * task saved, a report decided ({@link ItemChanged}), an administrative change ({@link AdministrationChanged}:
 * orders, directives, measures, sectors, periods, organisations). A change starts a new generation; the
 * next reader of each filter computes it once (readers of the same filter meanwhile wait for that one
 * computation) and every reader after that gets the kept snapshot.
 * <p>
 * The figures are aggregates across tenants, the same for every signed-in reader (see
 * {@link GapMetricsService}), so a snapshot is keyed by what was asked, not by who asks; the rows behind
 * them (drill-downs), which depend on the reader, are never kept here. A past as-of day has no time limit
 * either, but it still measures today's rows against that day (docs/metrics.md), so a change renews it too.
 * <p>
 * The generation is part of the key: a computation that began before a change commits is stored under
 * the old generation, which no reader asks for again, so it can never be served as current.
 */
@Component
class GapSnapshots {

    /** Distinct dashboards kept (filters x days); the least used go first. */
    static final int CAPACITY = 256;

    /** A dashboard and the version that names it (an HTTP entity tag): new in every generation and every run. */
    record Snapshot(GapDashboard dashboard, String version) {
    }

    private record Key(long generation, GapFilter filter, LocalDate asOf) {
    }

    /** Distinguishes this run's generations from an earlier run's, whose versions clients may still hold. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder computations = new LongAdder();
    private final Cache<Key, Snapshot> snapshots = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    Snapshot get(GapFilter filter, LocalDate asOf, Supplier<GapDashboard> compute) {
        long current = generation.get();
        return snapshots.get(new Key(current, filter, asOf), key -> {
            computations.increment();
            return new Snapshot(compute.get(), run + "-" + current + "-" + Integer.toHexString(key.hashCode()));
        });
    }

    /** How many dashboards were computed (not served from a snapshot) since start. */
    long computations() {
        return computations.sum();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void itemChanged(ItemChanged change) {
        renew();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void administrationChanged(AdministrationChanged change) {
        renew();
    }

    /** Starts a new generation: every snapshot is computed again when next read. */
    void renew() {
        generation.incrementAndGet();
        snapshots.invalidateAll();
    }
}
