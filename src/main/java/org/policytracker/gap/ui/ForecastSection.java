package org.policytracker.gap.ui;

import java.util.List;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.MetricDefinitions;
import org.policytracker.gap.ui.GapChart.Series;
import org.policytracker.ui.SummaryTable;

/** Execution and gap index of the directives with tasks, and their projected completion against the deadline. */
class ForecastSection extends Section {

    ForecastSection(List<DirectiveGap> directives) {
        super("Execution and forecast against deadline");
        List<DirectiveGap> withTasks = directives.stream().filter(d -> d.tasks().tasks() > 0).toList();
        GapChart chart = new GapChart("Execution and gap index by directive", withTasks.stream().map(DirectiveGap::label).toList(),
                List.of(new Series("Execution %", "bar", withTasks.stream().map(d -> d.tasks().execution()).toList()),
                        new Series("Gap index", "bar", withTasks.stream().map(DirectiveGap::gapIndex).toList())));
        SummaryTable<DirectiveGap> table = new SummaryTable<DirectiveGap>("Forecast against deadline (the chart's numbers)")
                .text("Directive", DirectiveGap::label)
                .number("Execution", d -> Fmt.percent(d.tasks().execution()))
                .number("Gap index", d -> Fmt.number(d.gapIndex()))
                .number("Open tasks", d -> d.tasks().openTasks())
                .number("Tasks done / week", d -> d.forecast().tasksPerWeek() == null ? "—"
                        : Fmt.number(d.forecast().tasksPerWeek()))
                .text("Deadline", d -> d.deadline() == null ? "none"
                        : d.deadline() + " (" + d.deadlineBasis().toLowerCase() + ")")
                .text("Forecast", d -> d.forecast().describe());
        table.show(withTasks);
        add(chart, table, new HowComputedButton("Projected completion", "forecast",
                MetricDefinitions.get("forecast").definition()));
    }
}
