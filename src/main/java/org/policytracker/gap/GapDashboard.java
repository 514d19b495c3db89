package org.policytracker.gap;

import java.time.LocalDate;
import java.util.List;

/** Everything the oversight dashboard shows for one filter, as of one day. */
public record GapDashboard(LocalDate asOf, GapFilter filter, PeriodRef period, Headline headline,
        List<DirectiveGap> directives, List<MeasureUptake> measures, List<PeriodTrend> trend) {

    /** A reporting period as the dashboard names it. */
    public record PeriodRef(long id, String code, LocalDate startsOn, LocalDate endsOn) {
    }
}
