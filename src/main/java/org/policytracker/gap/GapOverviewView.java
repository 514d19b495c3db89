package org.policytracker.gap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.gap.FilterOptions.Option;
import org.policytracker.gap.GapChart.Series;

/**
 * The oversight dashboard (landing view of oversight viewers): headline figures, directives with
 * gap index, status and trend, the sector x measure uptake heatmap, trends by period and the
 * forecast against deadlines. Filters live in the URL (?order=&directive=&sector=&agency=&period=),
 * and so does the day the figures are computed for (?asOf=YYYY-MM-DD, default today by the injected
 * clock): the dashboard, and its downloads, as they stood on that day, like GET /api/v1/gaps?asOf=.
 * Every figure drills down (directive -> agencies -> tasks, measure -> sectors -> reports) and can
 * show how it was computed. Read-only: nothing here writes.
 */
@Route("gaps")
@Menu(title = "Gap overview", order = 6, icon = "vaadin:chart")
@PageTitle("Gap overview | Policy Tracker")
@RolesAllowed({"OVERSIGHT_VIEWER", "ADMIN"})
public class GapOverviewView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> FILTERS = List.of("order", "directive", "sector", "agency", "period", "asOf");

    private final GapMetricsService metrics;
    private final GapExport export;
    private final GapPdfReport pdf;
    private QueryParameters shown = QueryParameters.empty();

    GapOverviewView(GapMetricsService metrics, GapExport export, GapPdfReport pdf, LiveUpdates live) {
        this.metrics = metrics;
        this.export = export;
        this.pdf = pdf;
        addClassName("gap-dashboard");
        // a saved task or accepted report changes figures: show them again, for the same filters
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.UPDATED, event -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = event.getLocation().getQueryParameters();
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Gap overview"));
        Map<String, String> values = new LinkedHashMap<>();
        shown.getParameters().forEach((name, list) -> {
            if (FILTERS.contains(name) && !list.isEmpty() && !list.getFirst().isBlank()) {
                values.put(name, list.getFirst());
            }
        });
        // a malformed parameter is reported and dropped; the others still apply
        List<String> problems = new ArrayList<>();
        GapFilter filter = new GapFilter(id(values, "order", problems), id(values, "directive", problems),
                values.get("sector"), values.get("agency"), id(values, "period", problems));
        LocalDate asOf = asOf(values, problems);
        problems.forEach(problem -> add(error(problem)));
        FilterOptions options = metrics.options();
        add(filters(options, values, asOf));
        GapDashboard dashboard;
        try {
            dashboard = metrics.dashboard(filter, asOf);
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
        add(exports(dashboard), headline(dashboard), directives(dashboard), heatmap(dashboard), trend(dashboard),
                forecast(dashboard), definitions());
    }

    private static Long id(Map<String, String> values, String name, List<String> problems) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            values.remove(name);
            problems.add("The " + name + " filter '" + value + "' is not a valid id; it is left out.");
            return null;
        }
    }

    /** The day the figures are computed for: ?asOf=YYYY-MM-DD, else today (the injected clock's). */
    private LocalDate asOf(Map<String, String> values, List<String> problems) {
        String value = values.get("asOf");
        if (value == null) {
            return metrics.today();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            values.remove("asOf");
            problems.add("The as-of date '" + value + "' is not a date of the form YYYY-MM-DD; showing the figures "
                    + "as of today, " + metrics.today() + ".");
            return metrics.today();
        }
    }

    private static Paragraph error(String message) {
        Paragraph error = new Paragraph(message);
        error.addClassName("overdue");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    // --- filters and exports -----------------------------------------------------------------------

    private Component filters(FilterOptions options, Map<String, String> values, LocalDate asOf) {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("gap-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.add(filter("Order", "order", options.orders(), values), filter("Directive", "directive", options.directives(), values),
                filter("Sector", "sector", options.sectors(), values), filter("Agency", "agency", options.agencies(), values),
                filter("Period", "period", options.periods(), values), asOfPicker(values, asOf));
        Button clear = new Button("Clear filters", click -> navigate(Map.of()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setEnabled(!values.isEmpty());
        bar.add(clear);
        return bar;
    }

    /** "As of": the day of the figures, written and parsed as in the URL (YYYY-MM-DD); cleared means today. */
    private DatePicker asOfPicker(Map<String, String> values, LocalDate asOf) {
        DatePicker picker = new DatePicker("As of", asOf);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setPlaceholder("Today");
        picker.setTooltipText("The day the figures are computed for (YYYY-MM-DD); empty means today");
        picker.setClearButtonVisible(true);
        picker.setWidth("11rem");
        picker.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            Map<String, String> next = new LinkedHashMap<>(values);
            if (change.getValue() == null) {
                next.remove("asOf");
            } else {
                next.put("asOf", change.getValue().toString());
            }
            navigate(next);
        });
        return picker;
    }

    private ComboBox<Option> filter(String label, String name, List<Option> options, Map<String, String> values) {
        ComboBox<Option> box = new ComboBox<>(label, options);
        box.setItemLabelGenerator(Option::label);
        box.setClearButtonVisible(true);
        // no period chosen: the latest period that has ended (see GapMetricsService), not "all"
        box.setPlaceholder(name.equals("period") ? "Latest ended" : "All");
        box.setWidth(name.equals("directive") ? "22rem" : "14rem");
        options.stream().filter(o -> o.id().equals(values.get(name))).findFirst().ifPresent(box::setValue);
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            Map<String, String> next = new LinkedHashMap<>(values);
            if (change.getValue() == null) {
                next.remove(name);
            } else {
                next.put(name, change.getValue().id());
            }
            navigate(next);
        });
        return box;
    }

    private void navigate(Map<String, String> values) {
        UI.getCurrent().navigate("gaps", QueryParameters.simple(values));
    }

    private Component exports(GapDashboard dashboard) {
        HorizontalLayout links = new HorizontalLayout(new Span("Download this view:"),
                download("CSV", dashboard, "csv", "text/csv;charset=utf-8",
                        () -> export.csv(dashboard).getBytes(StandardCharsets.UTF_8)),
                download("JSON", dashboard, "json", "application/json",
                        () -> export.json(dashboard).getBytes(StandardCharsets.UTF_8)),
                download("PDF report", dashboard, "pdf", "application/pdf", () -> pdf.render(dashboard)));
        links.setAlignItems(Alignment.BASELINE);
        return links;
    }

    private static Anchor download(String text, GapDashboard dashboard, String extension, String type,
            Supplier<byte[]> content) {
        String name = GapExport.fileName(dashboard, extension);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", name);
        return anchor;
    }

    // --- headline ------------------------------------------------------------------------------------

    private Component headline(GapDashboard dashboard) {
        Headline h = dashboard.headline();
        FlexLayout cards = new FlexLayout();
        cards.addClassName("gap-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.add(card("Directives on track", String.valueOf(h.onTrack()), "status",
                        h.onTrack() + " on track, " + h.atRisk() + " at risk, " + h.offTrack() + " off track, "
                                + h.noData() + " without data, of " + dashboard.directives().size() + " directives."),
                card("At risk", String.valueOf(h.atRisk()), "status", withStatus(dashboard, DirectiveStatus.AT_RISK)),
                card("Off track", String.valueOf(h.offTrack()), "status", withStatus(dashboard, DirectiveStatus.OFF_TRACK)),
                card("Implementation gap index", Fmt.number(h.gapIndex()), "index",
                        "Mean of the directive indexes in the table below ("
                                + dashboard.directives().stream().filter(d -> d.gapIndex() != null).count()
                                + " directives with an index)."),
                card("Overdue tasks", h.overdueTasks() + " of " + h.openTasks() + " open", "schedule",
                        "Sum of the directives' overdue open tasks; the directive table drills down to the tasks."),
                card("Uptake against target", Fmt.percent(h.reports().uptake()) + " · " + h.measuresAtTarget() + " of "
                        + h.measuresWithUptake() + " measures at target", "uptake",
                        h.reports().participating() + " participating of " + h.reports().eligible()
                                + " eligible organisations in " + h.reports().reports() + " accepted reports."));
        return cards;
    }

    private static String withStatus(GapDashboard dashboard, DirectiveStatus status) {
        List<String> labels = dashboard.directives().stream().filter(d -> d.status() == status)
                .map(d -> d.label() + " (index " + Fmt.number(d.gapIndex()) + ", " + d.forecast().describe() + ")")
                .toList();
        return labels.isEmpty() ? "no directive." : String.join("; ", labels) + ".";
    }

    private Component card(String label, String figure, String definition, String inputs) {
        Span value = new Span(figure);
        value.addClassName("gap-card-figure");
        Span name = new Span(label);
        name.addClassName("gap-card-label");
        Div card = new Div(value, name);
        card.addClassName("gap-card");
        card.add(howButton(label, definition, inputs));
        return card;
    }

    private Button howButton(String label, String definition, String inputs) {
        Button how = new Button("How computed?", click -> GapDrillDown.explain(label, definition, inputs).open());
        how.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        how.getElement().setAttribute("aria-label", "How is " + label + " computed?");
        return how;
    }

    // --- directives ----------------------------------------------------------------------------------

    private Component directives(GapDashboard dashboard) {
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
        grid.addComponentColumn(GapOverviewView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
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
            Button open = new Button("Drill down", click -> openDirective(dashboard, d));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.getElement().setAttribute("aria-label", "Drill down into " + d.label());
            return open;
        }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(dashboard.directives());
        grid.addItemClickListener(click -> openDirective(dashboard, click.getItem()));
        grid.setAllRowsVisible(true);
        return section("Directives", grid);
    }

    private void openDirective(GapDashboard dashboard, DirectiveGap directive) {
        GapDrillDown.directive(metrics, dashboard, directive).open();
    }

    static Span status(DirectiveGap directive) {
        Span badge = new Span(directive.status().label());
        badge.getElement().getThemeList().add("badge");
        switch (directive.status()) {
            case ON_TRACK -> badge.getElement().getThemeList().add("success");
            case AT_RISK -> badge.addClassName("gap-at-risk");
            case OFF_TRACK -> badge.getElement().getThemeList().add("error");
            case NO_DATA -> badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    // --- heatmap -------------------------------------------------------------------------------------

    private Component heatmap(GapDashboard dashboard) {
        List<String> sectors = new ArrayList<>();
        Map<String, String> sectorIds = new LinkedHashMap<>();
        dashboard.measures().forEach(m -> m.cells().forEach(c -> sectorIds.putIfAbsent(c.sectorName(), c.sectorId())));
        sectors.addAll(sectorIds.keySet());
        sectors.sort(String::compareToIgnoreCase);
        Grid<MeasureUptake> grid = new Grid<>();
        grid.setAriaLabel("Uptake by measure and sector");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(m -> m.code()).setHeader("Measure").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(m -> Fmt.number(m.targetPercent()) + " %").setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        for (String sector : sectors) {
            grid.addComponentColumn(m -> m.cells().stream().filter(c -> c.sectorName().equals(sector)).findFirst()
                    .<Component>map(cell -> heatCell(dashboard, m, cell)).orElseGet(() -> new Span("—")))
                    .setHeader(sector).setAutoWidth(true);
        }
        grid.addComponentColumn(m -> {
            Button all = new Button(Fmt.percent(m.totals().uptake()), click -> GapDrillDown.measure(metrics, dashboard, m, null).open());
            all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            all.getElement().setAttribute("aria-label", "All sectors of " + m.code() + ": uptake " + Fmt.percent(m.totals().uptake()));
            return all;
        }).setHeader("All sectors").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Fmt.points(m.uptakeGap())).setHeader("Uptake gap").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.totals().verificationGap()).setHeader("Unverified").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.uncoveredSectors() + " of " + m.cells().size()).setHeader("Sectors without report")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(dashboard.measures());
        grid.setAllRowsVisible(true);
        Paragraph legend = new Paragraph("Each cell: uptake = participating / eligible in the period's accepted reports. "
                + "At or above target: green; at least half of the target: amber; below: red; no accepted report: grey. "
                + "Select a cell for the reports behind it.");
        legend.addClassName("gap-note");
        return section("Uptake by sector and measure", legend, grid,
                howButton("Uptake", "uptake", MetricDefinitions.get("uptake").definition()));
    }

    private Component heatCell(GapDashboard dashboard, MeasureUptake measure, UptakeCell cell) {
        Double uptake = cell.totals().uptake();
        String text = !cell.covered() ? "no report" : Fmt.percent(uptake);
        Button button = new Button(text, click -> GapDrillDown.measure(metrics, dashboard, measure, cell.sectorId()).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("gap-heat");
        button.addClassName(!cell.covered() || uptake == null ? "gap-heat-none"
                : uptake >= measure.targetPercent() ? "gap-heat-good"
                : uptake >= measure.targetPercent() / 2 ? "gap-heat-mid" : "gap-heat-low");
        button.getElement().setAttribute("aria-label", measure.code() + ", " + cell.sectorName() + ": " + text
                + " against a target of " + Fmt.percent(measure.targetPercent()));
        return button;
    }

    // --- trend and forecast --------------------------------------------------------------------------

    private Component trend(GapDashboard dashboard) {
        List<PeriodTrend> trend = dashboard.trend();
        if (trend.isEmpty()) {
            return section("Trend by period", new Paragraph("No reporting period has started yet."));
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
        return section("Trend by period", chart, table, howButton("Trend", "trend", MetricDefinitions.get("trend").definition()));
    }

    private Component forecast(GapDashboard dashboard) {
        List<DirectiveGap> withTasks = dashboard.directives().stream().filter(d -> d.tasks().tasks() > 0).toList();
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
        return section("Execution and forecast against deadline", chart, table,
                howButton("Projected completion", "forecast", MetricDefinitions.get("forecast").definition()));
    }

    private Component definitions() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        GapProperties.Weights w = metrics.settings().weights();
        for (MetricDefinitions.Definition definition : MetricDefinitions.ALL) {
            Paragraph p = new Paragraph();
            Span name = new Span(definition.name() + ": ");
            name.getStyle().set("font-weight", "600");
            p.add(name, new Span(definition.definition()));
            list.add(p);
        }
        list.add(new Paragraph("Configured weights: execution " + w.execution() + ", schedule " + w.schedule() + ", uptake "
                + w.uptake() + ", verification " + w.verification() + ", coverage " + w.coverage() + ", staleness "
                + w.staleness() + "; at risk from index " + metrics.settings().atRiskFrom() + ", off track from "
                + metrics.settings().offTrackFrom() + "; stale after " + metrics.timeliness().staleAfterDays()
                + " days; velocity window " + metrics.settings().velocityWindowDays() + " days."));
        Details details = new Details("How every figure is computed", list);
        details.setWidthFull();
        return details;
    }

    private static Component section(String title, Component... content) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(title));
        section.add(content);
        return section;
    }
}
