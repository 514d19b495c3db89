package org.policytracker.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.GapProperties;
import org.policytracker.gap.StatusReason;
import org.policytracker.ui.NarrowScreen;
import org.policytracker.ui.RowBrief;

/** The directives with their figures, gap index, status and completion trend; each drills down. */
class DirectivesSection extends Section {

    DirectivesSection(GapDashboard dashboard, GapMetricsService metrics) {
        super("Directives");
        Grid<DirectiveGap> grid = new Grid<>();
        grid.setAriaLabel("Directives by implementation gap");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<DirectiveGap> label = grid.addColumn(DirectiveGap::label).setHeader("Directive").setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        // titles and agency names in full: wrapped in the cell, and as the tooltip
        Grid.Column<DirectiveGap> title = grid.addColumn(DirectiveGap::title).setHeader("Title").setFlexGrow(3)
                .setTooltipGenerator(d -> d.label() + ": " + d.title());
        Grid.Column<DirectiveGap> lead = grid.addColumn(DirectiveGap::leadAgency).setHeader("Lead").setFlexGrow(1)
                .setTooltipGenerator(DirectiveGap::leadAgency);
        Grid.Column<DirectiveGap> tasks = grid.addColumn(d -> d.tasks().tasks()).setHeader("Tasks").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<DirectiveGap> execution = grid.addColumn(d -> Fmt.percent(d.tasks().execution()))
                .setHeader("Execution").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<DirectiveGap> overdue = grid.addColumn(d -> d.tasks().overdueTasks()).setHeader("Overdue")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<DirectiveGap> uptake = grid.addColumn(d -> Fmt.percent(d.reports().uptake())).setHeader("Uptake")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<DirectiveGap> gapIndex = grid.addColumn(d -> Fmt.number(d.gapIndex())).setHeader("Gap index")
                .setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator((a, b) -> Double.compare(a.gapIndex() == null ? -1 : a.gapIndex(), b.gapIndex() == null ? -1 : b.gapIndex()));
        Grid.Column<DirectiveGap> status = grid.addComponentColumn(d -> status(d, metrics.settings())).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(d -> StatusReason.sentence(d, metrics.settings()));
        Grid.Column<DirectiveGap> trend = grid.addComponentColumn(d -> {
            Span spark = new Span(Fmt.spark(d.completionTrend()));
            spark.addClassName("gap-spark");
            spark.getElement().setAttribute("title", "Tasks completed by period end: " + d.completionTrend().stream()
                    .map(Fmt::percent).toList());
            spark.getElement().setAttribute("aria-label", "Completion trend " + d.completionTrend().stream()
                    .map(Fmt::percent).toList());
            return spark;
        }).setHeader("Trend").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<DirectiveGap> details = grid.addComponentColumn(d -> drillDown(d, dashboard, metrics))
                .setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(dashboard.directives());
        grid.addItemClickListener(click -> GapDrillDown.directive(metrics, dashboard, click.getItem()).open());
        // on a phone: which directive (code, title and its drill-down in one cell) and its status with the reason
        Grid.Column<DirectiveGap> directive = grid.addComponentColumn(d -> RowBrief.of(new Span(d.label()),
                new Span(d.title()), drillDown(d, dashboard, metrics))).setHeader("Directive").setFlexGrow(1);
        directive.setVisible(false);
        grid.setColumnOrder(directive, label, title, lead, tasks, execution, overdue, uptake, gapIndex, status, trend,
                details);
        grid.setAllRowsVisible(true);
        NarrowScreen.follow(this, narrow -> {
            List.of(label, title, lead, tasks, execution, overdue, uptake, gapIndex, trend, details)
                    .forEach(column -> column.setVisible(!narrow));
            directive.setVisible(narrow);
        });
        add(grid);
    }

    private static Button drillDown(DirectiveGap directive, GapDashboard dashboard, GapMetricsService metrics) {
        Button open = new Button("Drill down", click -> GapDrillDown.directive(metrics, dashboard, directive).open());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.getElement().setAttribute("aria-label", "Drill down into " + directive.label());
        return open;
    }

    /** The badge and, under it, why: which threshold the index reached, or how late the forecast is. */
    private static Div status(DirectiveGap directive, GapProperties settings) {
        Span badge = new Span(directive.status().label());
        badge.getElement().getThemeList().add("badge");
        switch (directive.status()) {
            case ON_TRACK -> badge.getElement().getThemeList().add("success");
            case AT_RISK -> badge.addClassName("gap-at-risk");
            case OFF_TRACK -> badge.getElement().getThemeList().add("error");
            case NO_DATA -> badge.getElement().getThemeList().add("contrast");
        }
        Span why = new Span(StatusReason.brief(directive, settings));
        why.addClassName("gap-status-why");
        return new Div(badge, why);
    }
}
