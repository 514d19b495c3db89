package org.policytracker.gap.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
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

    UptakeMatrix(GapDashboard dashboard, GapMetricsService metrics) {
        super("Uptake by sector and measure");
        Map<String, String> sectorIds = new LinkedHashMap<>();
        dashboard.measures().forEach(m -> m.cells().forEach(c -> sectorIds.putIfAbsent(c.sectorName(), c.sectorId())));
        List<String> sectors = new ArrayList<>(sectorIds.keySet());
        sectors.sort(String::compareToIgnoreCase);
        Grid<MeasureUptake> grid = new Grid<>();
        grid.setAriaLabel("Uptake by measure and sector");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(m -> m.code()).setHeader("Measure").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(m -> Fmt.number(m.targetPercent()) + " %").setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        // each cell's button is drawn by the browser from the row's values (no server-side element per cell)
        for (String sector : sectors) {
            grid.addColumn(LitRenderer.<MeasureUptake>of("""
                            <span ?hidden=${item.reported}>—</span><vaadin-button theme="small" \
                            class="gap-heat ${item.heat}" ?hidden=${!item.reported} aria-label="${item.label}" \
                            @click=${open}>${item.text}</vaadin-button>""")
                            .withProperty("reported", m -> cell(m, sector) != null)
                            .withProperty("text", m -> cell(m, sector) == null ? "" : heatText(cell(m, sector)))
                            .withProperty("heat", m -> cell(m, sector) == null ? "" : heat(m, cell(m, sector)))
                            .withProperty("label", m -> cell(m, sector) == null ? "" : m.code() + ", " + sector + ": "
                                    + heatText(cell(m, sector)) + " against a target of " + Fmt.percent(m.targetPercent()))
                            .withFunction("open", m -> GapDrillDown.measure(metrics, dashboard, m, sectorIds.get(sector)).open()))
                    .setHeader(sector).setAutoWidth(true);
        }
        grid.addColumn(LitRenderer.<MeasureUptake>of("""
                        <vaadin-button theme="small tertiary" aria-label="All sectors of ${item.code}: uptake ${item.uptake}" \
                        @click=${open}>${item.uptake}</vaadin-button>""")
                        .withProperty("code", MeasureUptake::code)
                        .withProperty("uptake", m -> Fmt.percent(m.totals().uptake()))
                        .withFunction("open", m -> GapDrillDown.measure(metrics, dashboard, m, null).open()))
                .setHeader("All sectors").setAutoWidth(true).setFlexGrow(0);
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

    private static UptakeCell cell(MeasureUptake measure, String sectorName) {
        return measure.cells().stream().filter(c -> c.sectorName().equals(sectorName)).findFirst().orElse(null);
    }

    private static String heatText(UptakeCell cell) {
        return cell.covered() ? Fmt.percent(cell.totals().uptake()) : "no report";
    }

    /** The cell's colour class: at or above target, at least half of it, below, or no accepted report. */
    private static String heat(MeasureUptake measure, UptakeCell cell) {
        Double uptake = cell.totals().uptake();
        return !cell.covered() || uptake == null ? "gap-heat-none"
                : uptake >= measure.targetPercent() ? "gap-heat-good"
                : uptake >= measure.targetPercent() / 2 ? "gap-heat-mid" : "gap-heat-low";
    }
}
