package org.policytracker.gap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.MeasureUptake;
import org.policytracker.gap.UptakeCell;

/** The measure x sector uptake heatmap of the period; a cell drills down to its reports. */
class UptakeMatrix extends Section {

    private final GapDashboard dashboard;
    private final GapMetricsService metrics;

    UptakeMatrix(GapDashboard dashboard, GapMetricsService metrics) {
        super("Uptake by sector and measure");
        this.dashboard = dashboard;
        this.metrics = metrics;
        Map<String, String> sectorIds = new LinkedHashMap<>();
        dashboard.measures().forEach(m -> m.cells().forEach(c -> sectorIds.putIfAbsent(c.sectorName(), c.sectorId())));
        List<String> sectors = new ArrayList<>(sectorIds.keySet());
        sectors.sort(String::compareToIgnoreCase);
        Grid<MeasureUptake> grid = new Grid<>();
        grid.setAriaLabel("Uptake by measure and sector");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(m -> m.code()).setHeader("Measure").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(m -> Fmt.number(m.targetPercent()) + " %").setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        for (String sector : sectors) {
            grid.addComponentColumn(m -> m.cells().stream().filter(c -> c.sectorName().equals(sector)).findFirst()
                    .<Component>map(cell -> heatCell(m, cell)).orElseGet(() -> new Span("—")))
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
        add(legend, grid, new HowComputedButton("Uptake", "uptake", dashboard.measureTerms()));
    }

    private Component heatCell(MeasureUptake measure, UptakeCell cell) {
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
}
