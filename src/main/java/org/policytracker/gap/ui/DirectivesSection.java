package org.policytracker.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.GapProperties;
import org.policytracker.gap.StatusReason;

/** The directives with their figures, gap index, status and completion trend; each drills down. */
class DirectivesSection extends Section {

    DirectivesSection(GapDashboard dashboard, GapMetricsService metrics) {
        super("Directives");
        Grid<DirectiveGap> grid = new Grid<>();
        grid.setAriaLabel("Directives by implementation gap");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DirectiveGap::label).setHeader("Directive").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(DirectiveGap::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(DirectiveGap::leadAgency).setHeader("Lead").setFlexGrow(1);
        grid.addColumn(d -> d.tasks().tasks()).setHeader("Tasks").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Fmt.percent(d.tasks().execution())).setHeader("Execution").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> d.tasks().overdueTasks()).setHeader("Overdue").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Fmt.percent(d.reports().uptake())).setHeader("Uptake").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Fmt.number(d.gapIndex())).setHeader("Gap index").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator((a, b) -> Double.compare(a.gapIndex() == null ? -1 : a.gapIndex(), b.gapIndex() == null ? -1 : b.gapIndex()));
        grid.addComponentColumn(d -> status(d, metrics.settings())).setHeader("Status").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(d -> StatusReason.sentence(d, metrics.settings()));
        grid.addComponentColumn(d -> {
            Span spark = new Span(Fmt.spark(d.completionTrend()));
            spark.addClassName("gap-spark");
            spark.getElement().setAttribute("title", "Tasks completed by period end: " + d.completionTrend().stream()
                    .map(Fmt::percent).toList());
            spark.getElement().setAttribute("aria-label", "Completion trend " + d.completionTrend().stream()
                    .map(Fmt::percent).toList());
            return spark;
        }).setHeader("Trend").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> {
            Button open = new Button("Drill down", click -> GapDrillDown.directive(metrics, dashboard, d).open());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.getElement().setAttribute("aria-label", "Drill down into " + d.label());
            return open;
        }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(dashboard.directives());
        grid.addItemClickListener(click -> GapDrillDown.directive(metrics, dashboard, click.getItem()).open());
        grid.setAllRowsVisible(true);
        add(grid);
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
