package org.policytracker.gap;

/**
 * Why a directive has its status, in the values that decided it: D6 with index 25.1 is off track
 * because its completion is projected after the deadline, D4 with 38.2 is at risk because its index
 * reached the at-risk threshold. Follows {@link GapCalculator#status}.
 */
public final class StatusReason {

    private StatusReason() {
    }

    /** A few words for the grid, under the status badge. */
    public static String brief(DirectiveGap directive, GapProperties settings) {
        return switch (directive.status()) {
            case NO_DATA -> "no tasks or measures";
            case OFF_TRACK -> offTrackByForecastAlone(directive, settings)
                    ? "projected " + directive.forecast().daysLate() + " days late"
                    : "index ≥ " + Fmt.number(settings.offTrackFrom());
            case AT_RISK -> "index ≥ " + Fmt.number(settings.atRiskFrom());
            case ON_TRACK -> "index < " + Fmt.number(settings.atRiskFrom());
        };
    }

    /** The whole reason, for the tooltip and the drill-down. */
    public static String sentence(DirectiveGap directive, GapProperties settings) {
        String index = "Gap index " + Fmt.number(directive.gapIndex());
        return switch (directive.status()) {
            case NO_DATA -> "No data: the directive has no tasks and no voluntary measures yet.";
            case OFF_TRACK -> offTrackByForecastAlone(directive, settings)
                    ? "Off track although the gap index (" + Fmt.number(directive.gapIndex()) + ") is below "
                            + Fmt.number(settings.offTrackFrom()) + ": " + directive.forecast().describe() + "."
                    : "Off track: " + index + " is at or above " + Fmt.number(settings.offTrackFrom()) + ".";
            case AT_RISK -> "At risk: " + index + " is at or above " + Fmt.number(settings.atRiskFrom())
                    + " and below " + Fmt.number(settings.offTrackFrom()) + "; completion is not projected after the deadline.";
            case ON_TRACK -> "On track: " + index + " is below " + Fmt.number(settings.atRiskFrom())
                    + " and completion is not projected after the deadline.";
        };
    }

    /** Off track although the index is below the off-track threshold: only the forecast put it there. */
    private static boolean offTrackByForecastAlone(DirectiveGap directive, GapProperties settings) {
        Long daysLate = directive.forecast().daysLate();
        return daysLate != null && daysLate > 0 && directive.gapIndex() < settings.offTrackFrom();
    }
}
