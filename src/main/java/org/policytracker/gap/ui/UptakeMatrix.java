package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.Fmt;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapMetricsService;
import org.policytracker.gap.MeasureUptake;
import org.policytracker.gap.UptakeCell;
import org.policytracker.ui.SummaryTable;
import org.policytracker.ui.SummaryTable.CellButton;

/** The measure x sector uptake heatmap of the period; a cell drills down to its reports. */
class UptakeMatrix extends Section {

    UptakeMatrix(GapDashboard dashboard, GapMetricsService metrics) {
        super("Uptake by sector and measure");
        Map<String, String> sectorIds = new LinkedHashMap<>();
        dashboard.measures().forEach(m -> m.cells().forEach(c -> sectorIds.putIfAbsent(c.sectorName(), c.sectorId())));
        List<String> sectors = new ArrayList<>(sectorIds.keySet());
        sectors.sort(String::compareToIgnoreCase);
        SummaryTable<MeasureUptake> matrix = new SummaryTable<MeasureUptake>("Uptake by measure and sector")
                .text("Measure", MeasureUptake::code)
                .number("Target", m -> Fmt.number(m.targetPercent()) + " %");
        for (String sector : sectors) {
            matrix.buttons(sector, m -> {
                UptakeCell cell = cell(m, sector);
                return cell == null ? null : new CellButton(heatText(cell), m.code() + ", " + sector + ": "
                        + heatText(cell) + " against a target of " + Fmt.percent(m.targetPercent()), "gap-heat " + heat(m, cell),
                        () -> GapDrillDown.measure(metrics, dashboard, m, sectorIds.get(sector)).open());
            }, "—");
        }
        matrix.buttons("All sectors", m -> new CellButton(Fmt.percent(m.totals().uptake()),
                        "All sectors of " + m.code() + ": uptake " + Fmt.percent(m.totals().uptake()), "",
                        () -> GapDrillDown.measure(metrics, dashboard, m, null).open()), "")
                .number("Uptake gap", m -> Fmt.points(m.uptakeGap()))
                .number("Unverified", m -> m.totals().verificationGap())
                .text("Sectors without report", m -> m.uncoveredSectors() + " of " + m.cells().size());
        matrix.show(dashboard.measures());
        Paragraph legend = new Paragraph("Each cell: uptake = participating / eligible in the period's accepted reports. "
                + "At or above target: green; at least half of the target: amber; below: red; no accepted report: grey. "
                + "Select a cell for the reports behind it.");
        legend.addClassName("gap-note");
        add(legend, matrix, new HowComputedButton("Uptake", "uptake", dashboard.measureTerms()));
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
