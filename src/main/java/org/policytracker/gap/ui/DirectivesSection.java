package org.policytracker.gap.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.DirectiveStatus;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.StatusReason;
import org.policytracker.ui.NarrowScreen;

/** The directives with their figures, gap index, status and completion trend; each drills down. */
class DirectivesSection extends Section {

    /** The phone's one column for the directive: added when the dashboard is first shown on a phone. */
    private Grid.Column<DirectiveGap> onPhone;

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
        // badges, sparklines and buttons drawn by the browser from the row's values (no server-side elements per row)
        Grid.Column<DirectiveGap> status = grid.addColumn(LitRenderer.<DirectiveGap>of("""
                        <div><span theme="${item.theme}" class="${item.flag}">${item.status}</span>\
                        <span class="gap-status-why">${item.why}</span></div>""")
                        .withProperty("status", d -> d.status().label())
                        .withProperty("theme", d -> switch (d.status()) {
                            case ON_TRACK -> "badge success";
                            case AT_RISK -> "badge";
                            case OFF_TRACK -> "badge error";
                            case NO_DATA -> "badge contrast";
                        })
                        .withProperty("flag", d -> d.status() == DirectiveStatus.AT_RISK ? "gap-at-risk" : "")
                        .withProperty("why", d -> StatusReason.brief(d, metrics.settings())))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(d -> StatusReason.sentence(d, metrics.settings()));
        Grid.Column<DirectiveGap> trend = grid.addColumn(LitRenderer.<DirectiveGap>of(
                        "<span class=\"gap-spark\" title=\"${item.title}\" aria-label=\"${item.label}\">${item.spark}</span>")
                        .withProperty("spark", d -> Fmt.spark(d.completionTrend()))
                        .withProperty("title", d -> "Tasks completed by period end: " + trendPercents(d))
                        .withProperty("label", d -> "Completion trend " + trendPercents(d)))
                .setHeader("Trend").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<DirectiveGap> details = grid.addColumn(drillDown(DRILL_DOWN_BUTTON, dashboard, metrics))
                .setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(dashboard.directives());
        grid.addItemClickListener(click -> GapDrillDown.directive(metrics, dashboard, click.getItem()).open());
        grid.setAllRowsVisible(true);
        NarrowScreen.follow(this, narrow -> {
            if (narrow && onPhone == null) {
                // which directive (code, title and its drill-down in one cell) and its status with the reason
                onPhone = grid.addColumn(drillDown("<div class=\"row-brief\"><span>${item.code}</span>"
                                + "<span>${item.title}</span>" + DRILL_DOWN_BUTTON + "</div>", dashboard, metrics)
                                .withProperty("code", DirectiveGap::label).withProperty("title", DirectiveGap::title))
                        .setHeader("Directive").setFlexGrow(1);
                grid.setColumnOrder(onPhone, label, title, lead, tasks, execution, overdue, uptake, gapIndex, status,
                        trend, details);
            }
            List.of(label, title, lead, tasks, execution, overdue, uptake, gapIndex, trend, details)
                    .forEach(column -> column.setVisible(!narrow));
            if (onPhone != null) {
                onPhone.setVisible(narrow);
            }
        });
        add(grid);
    }

    /** The directive's drill-down button, in a cell template; the renderer below gives its label and click. */
    private static final String DRILL_DOWN_BUTTON = """
            <vaadin-button theme="small tertiary" aria-label="Drill down into ${item.directive}" \
            @click=${drillDown}>Drill down</vaadin-button>""";

    private static LitRenderer<DirectiveGap> drillDown(String template, GapDashboard dashboard, GapMetricsService metrics) {
        return LitRenderer.<DirectiveGap>of(template)
                .withProperty("directive", DirectiveGap::label)
                .withFunction("drillDown", directive -> GapDrillDown.directive(metrics, dashboard, directive).open());
    }

    private static List<String> trendPercents(DirectiveGap directive) {
        return directive.completionTrend().stream().map(Fmt::percent).toList();
    }
}
