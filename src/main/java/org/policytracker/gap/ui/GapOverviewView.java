package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapExport;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.GapHtmlReport;
import org.policytracker.gap.GapPdfReport;
import org.policytracker.ui.FoldedSection;
import org.policytracker.ui.NarrowScreen;

/**
 * The oversight dashboard (landing view of oversight viewers): headline figures, directives with
 * gap index, status and trend, the sector x measure uptake heatmap, trends by period and the
 * forecast against deadlines. Filters live in the URL (?order=&directive=&sector=&agency=&period=&version=;
 * the version, offered once an order with text versions is chosen, narrows to the directives it added or changed),
 * and so does the day the figures are computed for (?asOf=YYYY-MM-DD, default today by the injected
 * clock): the dashboard, and its downloads, as they stood on that day, like GET /api/v1/gaps?asOf=.
 * Every figure drills down (directive -> agencies -> tasks, measure -> sectors -> reports) and can
 * show how it was computed. Read-only: nothing here writes. Saved changes show up live, debounced
 * ({@link DashboardRefresh}).
 */
@Route("gaps")
@Menu(title = "Gap overview", order = 6, icon = "vaadin:chart")
@PageTitle("Gap overview | Policy Tracker")
@RolesAllowed({"OVERSIGHT_VIEWER", "ADMIN"})
public class GapOverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final GapMetricsService metrics;
    private final GapExport export;
    private final GapPdfReport pdf;
    private final GapHtmlReport html;
    private QueryParameters shown = QueryParameters.empty();
    /** On a phone the filters fold under their summary, so the figures start on the first screen. */
    private boolean narrow;
    /**
     * Folded unless a filter applies or the viewer opened them (kept when the dashboard is shown again);
     * the filter fields are built when the panel is first opened.
     */
    private FoldedSection filters;
    private boolean filtersApplied;
    private boolean filtersOpenedByViewer;
    /** How many times the dashboard was rendered: a section sent later belongs to the latest rendering only. */
    private int renders;

    GapOverviewView(GapMetricsService metrics, GapExport export, GapPdfReport pdf, GapHtmlReport html,
            DashboardRefresh refresh) {
        this.metrics = metrics;
        this.export = export;
        this.pdf = pdf;
        this.html = html;
        addClassName("gap-dashboard");
        // a saved task or accepted report changes figures: show them again, for the same filters
        refresh.follow(this, this::show);
        NarrowScreen.follow(this, narrowNow -> {
            narrow = narrowNow;
            if (filters != null) {
                filters.setOpened(filtersOpenedByViewer || !narrow && filtersApplied);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = event.getLocation().getQueryParameters();
        show();
    }

    private void show() {
        renders++;
        removeAll();
        getElement().removeAttribute("aria-busy");
        add(new H1("Gap overview"));
        DashboardAddress address = new DashboardAddress(shown, metrics.today());
        address.problems.forEach(problem -> add(error(problem)));
        filtersApplied = !address.values.isEmpty();
        filters = new FoldedSection(filtersApplied ? "Filters (" + address.values.size() + " applied)" : "Filters",
                () -> new FilterBar(metrics.options(), address.filter.orderId() == null ? List.of()
                        : metrics.versions(address.filter.orderId()), address.values, address.asOf));
        filters.addOpenedChangeListener(opened -> {
            if (opened.isFromClient()) {
                filtersOpenedByViewer = opened.isOpened();
            }
        });
        filters.setOpened(filtersOpenedByViewer || !narrow && filtersApplied);
        add(filters);
        GapDashboard dashboard;
        try {
            dashboard = metrics.dashboard(address.filter, address.asOf);
        } catch (IllegalArgumentException e) {
            add(error(e.getMessage()));
            return;
        }
        if (dashboard.directives().isEmpty()) {
            add(new Paragraph("No directive matches these filters. An administrator adds orders and their directives; "
                    + "agencies then add the tasks that carry them out."));
            return;
        }
        add(new Paragraph("As of " + dashboard.asOf() + (dashboard.period() == null ? "; no reporting period has started."
                : "; reports of period " + dashboard.period().code() + " (" + dashboard.period().startsOn() + " to "
                        + dashboard.period().endsOn() + ").")));
        add(new DownloadLinks(dashboard, export, pdf, html), new HeadlineCards(dashboard),
                new DirectivesSection(dashboard, metrics));
        addBelowTheFoldOnceShown(dashboard, renders);
    }

    /**
     * The uptake matrix, trends, forecast and definitions go in the answer to the browser's next round trip,
     * after it has shown the figures above them, so the first answer and the first paint carry less. Until
     * then the dashboard is marked busy (screen readers and tests wait for it). A newer rendering (new
     * filters, a live refresh) drops the pending one.
     */
    private void addBelowTheFoldOnceShown(GapDashboard dashboard, int rendering) {
        getElement().setAttribute("aria-busy", "true");
        getElement().executeJs("return null").then(shown -> {
            if (rendering == renders) {
                add(new UptakeMatrix(dashboard, metrics), new TrendSection(dashboard.trend()),
                        new ForecastSection(dashboard.directives()),
                        new DefinitionsPanel(metrics.settings(), metrics.timeliness()));
                getElement().removeAttribute("aria-busy");
            }
        });
    }

    private static Paragraph error(String message) {
        Paragraph error = new Paragraph(message);
        error.addClassName("overdue");
        error.getElement().setAttribute("role", "alert");
        return error;
    }
}
