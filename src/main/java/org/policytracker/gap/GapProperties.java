package org.policytracker.gap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the gap metrics ({@code policy-tracker.gap.*}): the weights of the implementation gap
 * index, the index thresholds of a directive's status, the window of the completion velocity behind
 * the forecast, how many periods the trend shows, and how long an open dashboard gathers changes
 * before it shows them ({@code refresh-debounce}: a burst of saves refreshes it once). When an open task counts as stale is not a gap
 * setting: it is {@link org.policytracker.timeliness.Timeliness}, which the task lists use too.
 */
@ConfigurationProperties("policy-tracker.gap")
public record GapProperties(Weights weights, double atRiskFrom, double offTrackFrom, int velocityWindowDays,
        int trendPeriods, Duration refreshDebounce) {

    /** Relative weights of the index components; only their ratios matter. */
    public record Weights(double execution, double schedule, double uptake, double verification, double coverage,
            double staleness) {
    }

    public GapProperties {
        if (weights == null) {
            throw new IllegalArgumentException("policy-tracker.gap.weights.* must be set");
        }
        for (double weight : new double[] {weights.execution(), weights.schedule(), weights.uptake(),
                weights.verification(), weights.coverage(), weights.staleness()}) {
            if (weight < 0) {
                throw new IllegalArgumentException("policy-tracker.gap.weights.* must not be negative");
            }
        }
        if (!(0 <= atRiskFrom && atRiskFrom <= offTrackFrom && offTrackFrom <= 100)) {
            throw new IllegalArgumentException("policy-tracker.gap: need 0 <= at-risk-from <= off-track-from <= 100");
        }
        if (velocityWindowDays < 1 || trendPeriods < 1) {
            throw new IllegalArgumentException("policy-tracker.gap: velocity-window-days >= 1, trend-periods >= 1");
        }
        if (refreshDebounce == null || refreshDebounce.isNegative()) {
            throw new IllegalArgumentException("policy-tracker.gap.refresh-debounce must be set and not negative");
        }
    }

    public double weightOf(GapComponent component) {
        return switch (component) {
            case EXECUTION -> weights.execution();
            case SCHEDULE -> weights.schedule();
            case UPTAKE -> weights.uptake();
            case VERIFICATION -> weights.verification();
            case COVERAGE -> weights.coverage();
            case STALENESS -> weights.staleness();
        };
    }
}
