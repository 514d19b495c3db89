package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.MetricDefinitions;
import org.policytracker.gap.PeriodTrend;
import org.policytracker.gap.ui.GapChart.Series;
import org.policytracker.ui.SummaryTable;

/** Uptake and task completion by reporting period: a chart and the table of its numbers. */
class TrendSection extends Section {

    TrendSection(List<PeriodTrend> trend) {
        super("Trend by period");
        if (trend.isEmpty()) {
            add(new Paragraph("No reporting period has started yet."));
            return;
        }
        List<String> periods = trend.stream().map(PeriodTrend::code).toList();
        GapChart chart = new GapChart("Uptake and task completion by reporting period", periods, List.of(
                new Series("Uptake %", "bar", trend.stream().map(p -> p.reports().uptake()).toList()),
                new Series("Tasks completed by period end %", "line", trend.stream().map(PeriodTrend::completedShare).toList())));
        SummaryTable<PeriodTrend> table = new SummaryTable<PeriodTrend>("Trend by period (the chart's numbers)")
                .text("Period", PeriodTrend::code)
                .number("Accepted reports", p -> p.reports().reports())
                .number("Uptake", p -> Fmt.percent(p.reports().uptake()))
                .number("Unverified", p -> p.reports().verificationGap())
                .text("Sector-measure pairs without report", p -> p.uncoveredPairs() + " of " + p.eligiblePairs())
                .number("Tasks completed by end", p -> Fmt.percent(p.completedShare()))
                .number("Overdue at end", PeriodTrend::overdueAtEnd);
        table.show(trend);
        add(chart, table, new HowComputedButton("Trend", "trend", MetricDefinitions.get("trend").definition()));
    }
}
