package org.policytracker.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.AgencyExecution;
import org.policytracker.gap.DirectiveGap;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapComponent;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.GapReportRow;
import org.policytracker.gap.GapTaskRow;
import org.policytracker.gap.MeasureUptake;
import org.policytracker.gap.MetricDefinitions;
import org.policytracker.gap.StatusReason;
import org.policytracker.gap.ReportTotals;
import org.policytracker.gap.TaskFigures;
import org.policytracker.gap.UptakeCell;

/**
 * The dashboard's drill-downs and explanations, as dialogs: directive -> agencies -> tasks,
 * measure -> sectors -> reports, and "how computed" for a figure (definition and inputs).
 */
final class GapDrillDown {

    private GapDrillDown() {
    }

    static Dialog explain(String label, String definitionKey, String inputs) {
        Dialog dialog = dialog("How " + label + " is computed");
        dialog.add(new Paragraph(MetricDefinitions.get(definitionKey).definition()), new Paragraph("Inputs: " + inputs));
        return dialog;
    }

    static Dialog directive(GapMetricsService metrics, GapDashboard dashboard, DirectiveGap directive) {
        Dialog dialog = dialog(directive.label() + " " + directive.title());
        TaskFigures t = directive.tasks();
        StringBuilder components = new StringBuilder();
        for (Map.Entry<GapComponent, Double> component : directive.components().entrySet()) {
            components.append(component.getKey().label()).append(" ").append(Fmt.number(component.getValue()))
                    .append(" (weight ").append(metrics.settings().weightOf(component.getKey())).append("); ");
        }
        dialog.add(new Paragraph("Gap index " + Fmt.number(directive.gapIndex()) + " (" + directive.status().label()
                        + ") = weighted mean of " + (components.isEmpty() ? "no defined component" : components)
                        + "renormalised over these weights."),
                new Paragraph(StatusReason.sentence(directive, metrics.settings())),
                new Paragraph(t.tasks() + " tasks, execution " + Fmt.percent(t.execution()) + ", " + t.overdueTasks()
                        + " overdue (median " + Fmt.number(t.medianDaysLate()) + " days late, max "
                        + Fmt.integer(t.maxDaysLate()) + "), on-time completion " + Fmt.percent(t.onTimeRate())
                        + ", " + t.staleOpenTasks() + " of " + t.openTasks() + " open tasks stale (max "
                        + Fmt.integer(t.maxStaleDays()) + " days). " + directive.measures() + (directive.measures() == 1 ? " measure: " : " measures: ")
                        + directive.reports().participating() + " participating of " + directive.reports().eligible()
                        + " eligible, " + directive.reports().verificationGap() + " unverified, "
                        + directive.uncoveredPairs() + " of " + directive.eligiblePairs()
                        + " eligible sectors without an accepted report. " + directive.forecast().describe() + "."),
                new Anchor("directives/" + directive.id(), "Open the directive page"));

        List<AgencyExecution> agencies = metrics.agencies(directive.id(), dashboard.filter(), dashboard.asOf());
        Grid<AgencyExecution> grid = new Grid<>();
        grid.setAriaLabel("Agencies working on " + directive.label());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        var name = grid.addColumn(AgencyExecution::name).setHeader("Agency").setFlexGrow(2);
        var count = grid.addColumn(a -> a.tasks().tasks()).setHeader("Tasks").setTextAlign(ColumnTextAlign.END);
        var execution = grid.addColumn(a -> Fmt.percent(a.tasks().execution())).setHeader("Execution")
                .setTextAlign(ColumnTextAlign.END);
        var overdue = grid.addColumn(a -> a.tasks().overdueTasks()).setHeader("Overdue").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> a.tasks().staleOpenTasks()).setHeader("Stale open").setTextAlign(ColumnTextAlign.END);
        var footer = grid.appendFooterRow();
        footer.getCell(name).setText("All agencies");
        footer.getCell(count).setText(String.valueOf(t.tasks()));
        footer.getCell(execution).setText(Fmt.percent(t.execution()));
        footer.getCell(overdue).setText(String.valueOf(t.overdueTasks()));
        grid.setItems(agencies);
        grid.setAllRowsVisible(true);

        VerticalLayout tasks = new VerticalLayout();
        tasks.setPadding(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            tasks.removeAll();
            if (change.getValue() != null) {
                tasks.add(new H4("Tasks of " + change.getValue().name()),
                        taskGrid(metrics.tasks(directive.id(), change.getValue().agencyId(), dashboard.asOf())));
            }
        });
        dialog.add(new H4("By agency (select one for its tasks)"), grid, tasks);
        return dialog;
    }

    private static Grid<GapTaskRow> taskGrid(List<GapTaskRow> rows) {
        Grid<GapTaskRow> grid = new Grid<>();
        grid.setAriaLabel("Tasks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(row -> new Anchor(row.route(), row.title())).setHeader("Task").setFlexGrow(3);
        grid.addColumn(GapTaskRow::status).setHeader("Status");
        grid.addColumn(row -> row.percentComplete() + " %").setHeader("Complete").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.dueOn() == null ? "—" : row.dueOn().toString()).setHeader("Due");
        grid.addColumn(row -> Fmt.integer(row.daysLate())).setHeader("Days late").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> Fmt.integer(row.staleDays())).setHeader("Days since update").setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Dialog measure(GapMetricsService metrics, GapDashboard dashboard, MeasureUptake measure, String sectorId) {
        Dialog dialog = dialog(measure.code() + " " + measure.title());
        ReportTotals totals = measure.totals();
        dialog.add(new Paragraph("Period " + (dashboard.period() == null ? "none" : dashboard.period().code()) + ": uptake "
                + Fmt.percent(totals.uptake()) + " = " + totals.participating() + " participating / " + totals.eligible()
                + " eligible over " + totals.reports() + " accepted reports; target " + Fmt.percent(measure.targetPercent())
                + ", uptake gap " + Fmt.points(measure.uptakeGap()) + "; " + totals.verificationGap()
                + " unverified; " + measure.uncoveredSectors() + " of " + measure.cells().size()
                + " eligible sectors without an accepted report."));
        Grid<UptakeCell> grid = new Grid<>();
        grid.setAriaLabel("Sectors of " + measure.code());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        var name = grid.addColumn(UptakeCell::sectorName).setHeader("Sector").setFlexGrow(2);
        var reports = grid.addColumn(c -> c.totals().reports()).setHeader("Reports").setTextAlign(ColumnTextAlign.END);
        var eligible = grid.addColumn(c -> c.totals().eligible()).setHeader("Eligible").setTextAlign(ColumnTextAlign.END);
        var participating = grid.addColumn(c -> c.totals().participating()).setHeader("Participating")
                .setTextAlign(ColumnTextAlign.END);
        var verified = grid.addColumn(c -> c.totals().verified()).setHeader("Verified").setTextAlign(ColumnTextAlign.END);
        var uptake = grid.addColumn(c -> c.covered() ? Fmt.percent(c.totals().uptake()) : "no report").setHeader("Uptake")
                .setTextAlign(ColumnTextAlign.END);
        var footer = grid.appendFooterRow();
        footer.getCell(name).setText("All sectors");
        footer.getCell(reports).setText(String.valueOf(totals.reports()));
        footer.getCell(eligible).setText(String.valueOf(totals.eligible()));
        footer.getCell(participating).setText(String.valueOf(totals.participating()));
        footer.getCell(verified).setText(String.valueOf(totals.verified()));
        footer.getCell(uptake).setText(Fmt.percent(totals.uptake()));
        grid.setItems(measure.cells());
        grid.setAllRowsVisible(true);
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            rows.removeAll();
            if (change.getValue() != null && dashboard.period() != null) {
                rows.add(new H4("Accepted reports, " + change.getValue().sectorName()),
                        reportGrid(metrics.reports(measure.id(), change.getValue().sectorId(), dashboard.period().id())));
            }
        });
        dialog.add(new H4("By sector (select one for its reports)"), grid, rows);
        measure.cells().stream().filter(c -> c.sectorId().equals(sectorId)).findFirst().ifPresent(grid::select);
        return dialog;
    }

    private static Grid<GapReportRow> reportGrid(List<GapReportRow> rows) {
        Grid<GapReportRow> grid = new Grid<>();
        grid.setAriaLabel("Accepted reports");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(GapReportRow::association).setHeader("Association").setFlexGrow(3);
        grid.addColumn(GapReportRow::revision).setHeader("Revision").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(GapReportRow::eligible).setHeader("Eligible").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(GapReportRow::participating).setHeader("Participating").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(GapReportRow::verified).setHeader("Verified").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.reviewedByName() == null ? "—" : r.reviewedByName()).setHeader("Accepted by");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Dialog dialog(String title) {
        Dialog dialog = new Dialog();
        // its links (a task's page, the directive page) navigate within the same UI: close it then
        dialog.addAttachListener(attach -> {
            Registration closeOnNavigation = attach.getUI().addAfterNavigationListener(navigation -> dialog.close());
            dialog.addDetachListener(detach -> {
                closeOnNavigation.remove();
                detach.unregisterListener();
            });
        });
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(64rem, 95vw)");
        Button close = new Button("Close", click -> dialog.close());
        dialog.getFooter().add(close);
        return dialog;
    }
}
