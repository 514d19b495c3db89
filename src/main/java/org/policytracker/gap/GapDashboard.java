package org.policytracker.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Everything the oversight dashboard shows for one filter, as of one day. */
public record GapDashboard(LocalDate asOf, GapFilter filter, PeriodRef period, Headline headline,
        List<DirectiveGap> directives, List<MeasureUptake> measures, List<PeriodTrend> trend) {

    /** Which target and eligible sectors each measure's figures use for the period (uptake's "How computed?"). */
    public String measureTerms() {
        if (measures.isEmpty()) {
            return "no measure in the filter.";
        }
        return "terms of each measure for period " + (period == null ? "(none yet)" : period.code()) + ": "
                + measures.stream().map(MeasureUptake::termsInForce).collect(Collectors.joining("; ")) + ".";
    }

    /** A reporting period as the dashboard names it. */
    public record PeriodRef(long id, String code, LocalDate startsOn, LocalDate endsOn) {
    }
}
