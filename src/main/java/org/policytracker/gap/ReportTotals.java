package org.policytracker.gap;

/**
 * Sums over accepted reports (latest accepted revision of each association, measure, sector and
 * period): how many reports, eligible, participating and independently verified organisations.
 */
public record ReportTotals(long reports, long eligible, long participating, long verified) {

    public static final ReportTotals NONE = new ReportTotals(0, 0, 0, 0);

    /** participating / eligible x 100; null when nobody is eligible (undefined, not zero). */
    public Double uptake() {
        return eligible == 0 ? null : 100.0 * participating / eligible;
    }

    /** Self-reported but unverified participation: participating - verified. */
    public long verificationGap() {
        return participating - verified;
    }

    public ReportTotals plus(ReportTotals other) {
        return new ReportTotals(reports + other.reports, eligible + other.eligible,
                participating + other.participating, verified + other.verified);
    }
}
