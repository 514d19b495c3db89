package org.policytracker.uptake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.policytracker.ui.StatusBadge;
import org.policytracker.uptake.Obligation;
import org.policytracker.uptake.ReportCsvImport;
import org.policytracker.uptake.ReportInput;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportingService;
import org.policytracker.uptake.Sector;

/**
 * Landing view of sector reporters: what their association owes per period, the report form,
 * a report's revision history, CSV import, and every report the association has given.
 */
@Route("reporting")
@Menu(title = "My sectors' reporting", order = 4, icon = "vaadin:clipboard-text")
@PageTitle("My sectors' reporting | Policy Tracker")
@RolesAllowed("SECTOR_REPORTER")
public class MyReportingView extends VerticalLayout {

    private final ReportingService reporting;
    private final Grid<Obligation> obligations = new Grid<>();
    private final Grid<ReportRow> history = reportGrid("Revision history of the chosen report");
    private final Grid<ReportRow> allReports = reportGrid("Participation reports of my association");
    private final H2 historyTitle = new H2();
    private ReportForm form;
    private ReportInput.Slot chosen;

    MyReportingView(ReportingService reporting, ReportCsvImport csv) {
        this.reporting = reporting;
        add(new H1("My sectors' reporting"));
        List<Sector> sectors = reporting.mySectors();
        if (sectors.isEmpty()) {
            add(new Paragraph("Your association does not cover any sector yet. An administrator assigns the "
                    + "sectors an association reports for."));
            return;
        }
        add(new Paragraph("Your association reports for: "
                + sectors.stream().map(Sector::getName).collect(Collectors.joining(", ")) + "."));

        add(new H2("What is due"));
        obligations.setAriaLabel("Reports due per period, measure and sector");
        obligations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        obligations.addColumn(Obligation::periodCode).setHeader("Period").setAutoWidth(true).setFlexGrow(0);
        obligations.addColumn(Obligation::dueOn).setHeader("Due by").setAutoWidth(true).setFlexGrow(0);
        obligations.addColumn(Obligation::measureTitle).setHeader("Measure").setFlexGrow(3);
        obligations.addColumn(Obligation::sectorName).setHeader("Sector").setAutoWidth(true);
        obligations.addComponentColumn(o -> StatusBadge.of(o.state())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        obligations.addColumn(o -> o.latestRevision() == null ? "" : o.latestRevision()).setHeader("Revision")
                .setAutoWidth(true).setFlexGrow(0);
        obligations.addComponentColumn(o -> {
            if (!o.open()) {
                return new Paragraph();
            }
            Button report = new Button(o.latestRevision() == null ? "Report" : "Correct",
                    click -> form.load(o.measureCode(), o.sectorId(), o.periodCode()));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            report.getElement().setAttribute("aria-label", report.getText() + " " + o.measureCode() + " for "
                    + o.sectorName() + ", " + o.periodCode());
            return report;
        }).setHeader("Action").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        obligations.setAllRowsVisible(true);
        add(obligations);

        add(new H2("Report participation"));
        form = new ReportForm(reporting, saved -> refresh(), slot -> {
            chosen = slot;
            refreshHistory();
        });
        add(form);

        history.setId("report-history");
        add(historyTitle, history);
        history.setAllRowsVisible(true);

        add(new H2("Import from CSV"), new CsvImportPanel(csv, this::refresh));

        add(new H2("All reports"));
        allReports.setHeight("24em");
        add(allReports);
        refresh();
    }

    private void refresh() {
        obligations.setItems(reporting.obligations());
        allReports.setItems(reporting.myReports());
        refreshHistory();
    }

    private void refreshHistory() {
        historyTitle.setVisible(chosen != null);
        history.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        historyTitle.setText("Revision history: " + chosen.measure() + ", " + chosen.sector() + ", " + chosen.period());
        history.setItems(reporting.history(chosen.measure(), chosen.sector(), chosen.period()));
    }

    private static Grid<ReportRow> reportGrid(String label) {
        Grid<ReportRow> grid = new Grid<>();
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ReportRow::periodCode).setHeader("Period").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(ReportRow::measureCode).setHeader("Measure").setAutoWidth(true).setSortable(true)
                .setTooltipGenerator(ReportRow::measureTitle);
        grid.addColumn(ReportRow::sectorName).setHeader("Sector").setAutoWidth(true).setSortable(true);
        grid.addColumn(ReportRow::revision).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::eligibleCount).setHeader("Eligible").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::participatingCount).setHeader("Participating").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::verifiedCount).setHeader("Verified").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0).setComparator(ReportRow::status);
        grid.addColumn(row -> row.submittedBy() == null ? "" : row.submittedBy() + ", "
                + row.submittedAt().toString().substring(0, 10)).setHeader("Submitted").setAutoWidth(true);
        grid.addColumn(row -> row.reviewNote() == null ? "" : row.reviewNote()).setHeader("Review note").setFlexGrow(2);
        grid.addComponentColumn(ReportDiscussionView::linkTo).setHeader("Comments").setAutoWidth(true).setFlexGrow(0);
        return grid;
    }
}
