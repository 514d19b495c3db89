package org.policytracker.gap.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.MetricDefinitions;
import org.policytracker.gap.ui.GapChart.Series;

/** Execution and gap index of the directives with tasks, and their projected completion against the deadline. */
class ForecastSection extends Section {

    ForecastSection(List<DirectiveGap> directives) {
        super("Execution and forecast against deadline");
        List<DirectiveGap> withTasks = directives.stream().filter(d -> d.tasks().tasks() > 0).toList();
        GapChart chart = new GapChart("Execution and gap index by directive", withTasks.stream().map(DirectiveGap::label).toList(),
                List.of(new Series("Execution %", "bar", withTasks.stream().map(d -> d.tasks().execution()).toList()),
                        new Series("Gap index", "bar", withTasks.stream().map(DirectiveGap::gapIndex).toList())));
        Grid<DirectiveGap> table = new Grid<>();
        table.setAriaLabel("Forecast against deadline (the chart's numbers)");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(DirectiveGap::label).setHeader("Directive").setAutoWidth(true).setFlexGrow(0);
        table.addColumn(d -> Fmt.percent(d.tasks().execution())).setHeader("Execution").setTextAlign(ColumnTextAlign.END);
        table.addColumn(d -> Fmt.number(d.gapIndex())).setHeader("Gap index").setTextAlign(ColumnTextAlign.END);
        table.addColumn(d -> d.tasks().openTasks()).setHeader("Open tasks").setTextAlign(ColumnTextAlign.END);
        table.addColumn(d -> d.forecast().tasksPerWeek() == null ? "—" : Fmt.number(d.forecast().tasksPerWeek()))
                .setHeader("Tasks done / week").setTextAlign(ColumnTextAlign.END);
        table.addColumn(d -> d.deadline() == null ? "none" : d.deadline() + " (" + d.deadlineBasis().toLowerCase() + ")")
                .setHeader("Deadline").setAutoWidth(true);
        table.addColumn(d -> d.forecast().describe()).setHeader("Forecast").setFlexGrow(3);
        table.setItems(withTasks);
        table.setAllRowsVisible(true);
        add(chart, table, new HowComputedButton("Projected completion", "forecast",
                MetricDefinitions.get("forecast").definition()));
    }
}
