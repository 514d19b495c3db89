package org.policytracker.gap.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.MetricDefinitions;
import org.policytracker.gap.PeriodTrend;
import org.policytracker.gap.ui.GapChart.Series;

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
        Grid<PeriodTrend> table = new Grid<>();
        table.setAriaLabel("Trend by period (the chart's numbers)");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(PeriodTrend::code).setHeader("Period");
        table.addColumn(p -> p.reports().reports()).setHeader("Accepted reports").setTextAlign(ColumnTextAlign.END);
        table.addColumn(p -> Fmt.percent(p.reports().uptake())).setHeader("Uptake").setTextAlign(ColumnTextAlign.END);
        table.addColumn(p -> p.reports().verificationGap()).setHeader("Unverified").setTextAlign(ColumnTextAlign.END);
        table.addColumn(p -> p.uncoveredPairs() + " of " + p.eligiblePairs()).setHeader("Sector-measure pairs without report");
        table.addColumn(p -> Fmt.percent(p.completedShare())).setHeader("Tasks completed by end").setTextAlign(ColumnTextAlign.END);
        table.addColumn(PeriodTrend::overdueAtEnd).setHeader("Overdue at end").setTextAlign(ColumnTextAlign.END);
        table.setItems(trend);
        table.setAllRowsVisible(true);
        add(chart, table, new HowComputedButton("Trend", "trend", MetricDefinitions.get("trend").definition()));
    }
}
