package org.policytracker.uptake.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.policytracker.security.People;
import org.policytracker.ui.BuiltOnFirstUse;
import org.policytracker.ui.FoldedSection;
import org.policytracker.ui.GridRows;
import org.policytracker.ui.Labels;
import org.policytracker.ui.NarrowScreen;
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

    private final Grid<Obligation> obligations = new Grid<>();
    private static final String PERIOD = "period";
    private static final String MEASURE = "measure";
    private static final String STATUS = "status";
    private static final String COMMENTS = "comments";
    /** The columns a report list keeps on a phone: their widths there and on a laptop. */
    private static final Map<String, Widths> PHONE_COLUMNS = Map.of(PERIOD, new Widths("5rem", "6.5rem"),
            MEASURE, new Widths("5.5rem", "7rem"), STATUS, new Widths("6.5rem", "7.5rem"),
            COMMENTS, new Widths("4.5rem", "6.5rem"));

    private record Widths(String phone, String laptop) {
    }

    private final ReportingService reporting;
    private final People people;
    /** Display names of the people who submitted the reports shown, by username. */
    private Map<String, String> names = Map.of();
    private boolean narrow;
    /** The phone's one column for a due report: added when the page is first shown on a phone. */
    private Grid.Column<Obligation> dueReport;
    /** Built when "All reports" is first opened. */
    private Grid<ReportRow> allReports;
    private final H2 historyTitle = new H2();
    /** Built when a report is first chosen: until then the page holds no grid for it. */
    private final BuiltOnFirstUse<Grid<ReportRow>> history = new BuiltOnFirstUse<>(() -> {
        Grid<ReportRow> grid = reportGrid("Revision history of the chosen report");
        grid.setId("report-history");
        grid.setAllRowsVisible(true);
        narrowReportGrid(grid, narrow);
        return grid;
    }, grid -> addComponentAtIndex(indexOf(historyTitle) + 1, grid));
    private FoldedSection reportSection;
    private ReportForm form;
    private ReportInput.Slot chosen;

    MyReportingView(ReportingService reporting, ReportCsvImport csv, People people) {
        this.reporting = reporting;
        this.people = people;
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
        obligations.setId("reports-due");
        obligations.setAriaLabel("Reports due per period, measure and sector");
        obligations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<Obligation> period = obligations.addColumn(Obligation::periodCode).setHeader("Period")
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Obligation> due = obligations.addColumn(Obligation::dueOn).setHeader("Due by").setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<Obligation> measure = obligations.addColumn(Obligation::measureTitle).setHeader("Measure")
                .setFlexGrow(3).setTooltipGenerator(Obligation::measureTitle);
        Grid.Column<Obligation> sector = obligations.addColumn(Obligation::sectorName).setHeader("Sector")
                .setAutoWidth(true);
        Grid.Column<Obligation> status = obligations.addColumn(StatusBadge.renderer(Obligation::state))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Obligation> revision = obligations.addColumn(o -> o.latestRevision() == null ? ""
                : o.latestRevision()).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        // the button is drawn by the browser (no server-side element per row); closed periods show none
        Grid.Column<Obligation> action = obligations.addColumn(LitRenderer.<Obligation>of("""
                        <vaadin-button theme="small" ?hidden=${!item.open} aria-label="${item.label}" \
                        @click=${report}>${item.action}</vaadin-button>""")
                        .withProperty("open", Obligation::open)
                        .withProperty("action", MyReportingView::reportAction)
                        .withProperty("label", o -> reportAction(o) + " " + o.measureCode() + " for " + o.sectorName()
                                + ", " + o.periodCode())
                        .withFunction("report", o -> {
                            reportSection.open();
                            form.load(o.measureCode(), o.sectorId(), o.periodCode());
                        }))
                .setHeader("Action").setWidth("7.5rem").setFlexGrow(0).setFrozenToEnd(true);
        NarrowScreen.follow(this, narrowNow -> {
            narrow = narrowNow;
            List.of(period, due, measure, sector, status, revision).forEach(column -> column.setVisible(!narrow));
            if (narrow && dueReport == null) {
                dueReport = dueReportColumn();
                obligations.setColumnOrder(period, due, measure, sector, status, revision, dueReport, action);
            }
            if (dueReport != null) {
                dueReport.setVisible(narrow);
            }
            action.setFrozenToEnd(!narrow);
            if (narrow) {
                obligations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            } else {
                obligations.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            }
            if (allReports != null) {
                narrowReportGrid(allReports, narrow);
            }
            history.ifBuilt(grid -> narrowReportGrid(grid, narrow));
        });
        add(obligations);

        // the form is built when a report is chosen above or the section is opened
        reportSection = new FoldedSection("Report participation", () -> form = new ReportForm(reporting,
                saved -> refresh(), slot -> {
                    chosen = slot;
                    refreshHistory();
                }));
        add(reportSection);

        add(historyTitle);

        // the import and the list of every report given so far are built when first opened
        add(new FoldedSection("Import from CSV", () -> new CsvImportPanel(csv, this::refresh)));
        add(new FoldedSection("All reports", () -> {
            allReports = reportGrid("Participation reports of my association");
            allReports.setId("all-reports");
            allReports.setHeight("24em");
            narrowReportGrid(allReports, narrow);
            // pages of reports fetched as the list scrolls, sorted in the database
            allReports.setItemsPageable(page -> withNamesOfSubmitters(reporting.myReports(page)),
                    page -> reporting.countMyReports());
            return allReports;
        }));
        refresh();
    }

    private void refresh() {
        GridRows.show(obligations, reporting.obligations());
        if (allReports != null) {
            allReports.getDataProvider().refreshAll();
        }
        refreshHistory();
    }

    private void refreshHistory() {
        historyTitle.setVisible(chosen != null);
        if (chosen == null) {
            history.hide();
            return;
        }
        historyTitle.setText("Revision history: " + chosen.measure() + ", " + chosen.sector() + ", " + chosen.period());
        history.show().setItems(withNamesOfSubmitters(reporting.history(chosen.measure(), chosen.sector(), chosen.period())));
    }

    private List<ReportRow> withNamesOfSubmitters(List<ReportRow> reports) {
        Map<String, String> known = new HashMap<>(names);
        known.putAll(people.displayNames(reports.stream().map(ReportRow::submittedBy).filter(Objects::nonNull)
                .filter(username -> !known.containsKey(username)).collect(Collectors.toSet())));
        names = known;
        return reports;
    }

    /** On a phone one column says which report is due (measure, sector, period, due date, status). */
    private Grid.Column<Obligation> dueReportColumn() {
        return obligations.addColumn(LitRenderer.<Obligation>of("""
                        <div class="row-brief"><span>${item.measure}</span><span>${item.where}</span>\
                        <span theme="${item.theme}">${item.status}</span></div>""")
                        .withProperty("measure", o -> o.measureCode() + " — " + o.measureTitle())
                        .withProperty("where", o -> o.sectorName() + " · " + o.periodCode() + " · due " + o.dueOn())
                        .withProperty("theme", o -> StatusBadge.theme(o.state().name()))
                        .withProperty("status", o -> Labels.ofCode(o.state().name())))
                .setHeader("Report due").setFlexGrow(1);
    }

    private static String reportAction(Obligation obligation) {
        return obligation.latestRevision() == null ? "Report" : "Correct";
    }

    /** On a phone a report list keeps period, measure, status and the discussion link, in narrower columns. */
    private static void narrowReportGrid(Grid<ReportRow> grid, boolean narrow) {
        grid.getColumns().stream().filter(column -> column.getKey() == null || !PHONE_COLUMNS.containsKey(column.getKey()))
                .forEach(column -> column.setVisible(!narrow));
        PHONE_COLUMNS.forEach((key, widths) -> grid.getColumnByKey(key).setWidth(narrow ? widths.phone() : widths.laptop()));
    }

    /**
     * A list of reports: widths chosen so every column fits a 1366 px screen, long text wrapping, and the
     * measure's title and the review note in full as tooltips.
     */
    private Grid<ReportRow> reportGrid(String label) {
        Grid<ReportRow> grid = new Grid<>();
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReportRow::periodCode).setHeader("Period").setKey(PERIOD).setWidth(PHONE_COLUMNS.get(PERIOD).laptop()).setFlexGrow(0)
                .setSortProperty(PERIOD);
        grid.addColumn(ReportRow::measureCode).setHeader("Measure").setKey(MEASURE).setWidth(PHONE_COLUMNS.get(MEASURE).laptop()).setFlexGrow(1)
                .setSortProperty(MEASURE).setTooltipGenerator(row -> row.measureCode() + " — " + row.measureTitle());
        grid.addColumn(ReportRow::sectorName).setHeader("Sector").setWidth("8rem").setFlexGrow(1).setSortProperty("sector");
        grid.addColumn(ReportRow::revision).setHeader("Rev.").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(row -> row.eligibleCount() + " / " + row.participatingCount() + " / " + row.verifiedCount())
                .setHeader("Eligible / participating / verified").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(StatusBadge.renderer(ReportRow::status)).setHeader("Status").setKey(STATUS)
                .setWidth(PHONE_COLUMNS.get(STATUS).laptop()).setFlexGrow(0).setComparator(ReportRow::status).setSortProperty(STATUS);
        grid.addColumn(this::submitted).setHeader("Submitted").setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(this::submitted);
        grid.addColumn(row -> row.reviewNote() == null ? "" : row.reviewNote()).setHeader("Review note")
                .setWidth("8rem").setFlexGrow(2).setTooltipGenerator(row -> row.reviewNote() == null ? ""
                        : row.reviewNote());
        grid.addColumn(ReportDiscussionView.discussLink(row -> row)).setHeader("Comments").setKey(COMMENTS)
                .setWidth(PHONE_COLUMNS.get(COMMENTS).laptop()).setFlexGrow(0);
        return grid;
    }

    /** Who submitted, by name, and when. */
    private String submitted(ReportRow row) {
        return row.submittedBy() == null ? "" : names.getOrDefault(row.submittedBy(), row.submittedBy()) + ", "
                + row.submittedAt().toString().substring(0, 10);
    }
}
