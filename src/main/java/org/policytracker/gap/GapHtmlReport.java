package org.policytracker.gap;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The printable dashboard as one self-contained, accessible XHTML document: a language, a title, one
 * {@code h1}, a section per part, tables with captions and header cells, bars beside (never instead of)
 * their numbers. Downloaded as the "HTML report", and the source of the tagged PDF ({@link GapPdfReport}).
 */
@Component
public class GapHtmlReport {

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 1.2cm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1a1a1a; }
            h1 { font-size: 16pt; margin: 0 0 4pt; }
            h2 { font-size: 12pt; margin: 12pt 0 4pt; }
            h2 { page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; -fs-table-paginate: paginate; }
            tr { page-break-inside: avoid; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            th, td { border: 1px solid #8a8a8a; padding: 2pt 4pt; text-align: left; vertical-align: middle; }
            thead th { background: #e6e6e6; }
            tbody th { font-weight: normal; }
            .bar { display: inline-block; width: 60pt; height: 6pt; background: #e6e6e6; margin-left: 4pt; }
            .bar span { display: block; height: 6pt; }
            .execution span { background: #1a4480; }
            .gap span { background: #b50909; }
            dt { font-weight: bold; margin-top: 4pt; }
            dd { margin: 0 0 0 12pt; }
            """;

    private final GapProperties settings;

    GapHtmlReport(GapProperties settings) {
        this.settings = settings;
    }

    public String render(GapDashboard dashboard) {
        String period = dashboard.period() == null ? "none" : dashboard.period().code();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
                <head><meta charset="utf-8"/><title>%s</title><style>%s</style></head>
                <body><main>
                <h1>Implementation gap dashboard</h1>
                <p>As of %s; reporting period %s; filter %s.</p>
                """.formatted(text("Implementation gap dashboard, as of " + dashboard.asOf()), STYLE,
                dashboard.asOf(), text(period), text(describe(dashboard.filter()))));

        Headline h = dashboard.headline();
        html.append("<h2>Headline</h2>");
        table(html, "Headline figures", List.of("Figure", "Value"), List.of(
                List.of("Directives on track / at risk / off track / no data",
                        h.onTrack() + " / " + h.atRisk() + " / " + h.offTrack() + " / " + h.noData()),
                List.of("Implementation gap index (0 = done, 100 = nothing happened)", Fmt.number(h.gapIndex())),
                List.of("Overdue open tasks", h.overdueTasks() + " of " + h.openTasks()),
                List.of("Uptake (participating / eligible)", Fmt.percent(h.reports().uptake()) + " ("
                        + h.reports().participating() + " / " + h.reports().eligible() + ")"),
                List.of("Measures at or above target", h.measuresAtTarget() + " of " + h.measuresWithUptake())));

        html.append("<h2>Directives</h2>");
        table(html, "Directives: task execution, gap index, status and forecast",
                List.of("Directive", "Title", "Tasks", "Overdue", "Execution", "Gap index", "Status", "Forecast"),
                dashboard.directives().stream().map(d -> List.of(d.label(), text(d.title()),
                        String.valueOf(d.tasks().tasks()), String.valueOf(d.tasks().overdueTasks()),
                        bar(Fmt.percent(d.tasks().execution()), d.tasks().execution(), "execution"),
                        bar(Fmt.number(d.gapIndex()), d.gapIndex(), "gap"),
                        text(d.status().label() + " (" + StatusReason.brief(d, settings) + ")"),
                        text(d.forecast().describe()))).toList(), true);

        html.append("<h2>Uptake by measure and sector</h2>");
        table(html, "Uptake by measure and sector, reporting period " + period,
                List.of("Measure", "Sector", "Eligible", "Participating", "Verified", "Uptake"),
                dashboard.measures().stream().flatMap(m -> m.cells().stream().map(c -> List.of(
                        text(m.code() + " (target " + Fmt.percent(m.targetPercent()) + ")"), text(c.sectorName()),
                        String.valueOf(c.totals().eligible()), String.valueOf(c.totals().participating()),
                        String.valueOf(c.totals().verified()),
                        c.covered() ? bar(Fmt.percent(c.totals().uptake()), c.totals().uptake(), "execution")
                                : "no report"))).toList(), false);

        html.append("<h2>Trend by period</h2>");
        table(html, "Reports, uptake and task completion by reporting period",
                List.of("Period", "Reports", "Uptake", "Without report", "Completed by end"),
                dashboard.trend().stream().map(p -> List.of(text(p.code()), String.valueOf(p.reports().reports()),
                        bar(Fmt.percent(p.reports().uptake()), p.reports().uptake(), "execution"),
                        p.uncoveredPairs() + " of " + p.eligiblePairs(), Fmt.percent(p.completedShare()))).toList(),
                true);

        html.append("<h2>Definitions</h2><dl>");
        for (MetricDefinitions.Definition definition : MetricDefinitions.ALL) {
            html.append("<dt>").append(text(definition.name())).append("</dt><dd>")
                    .append(text(definition.definition())).append("</dd>");
        }
        GapProperties.Weights w = settings.weights();
        html.append("</dl><p>Weights: execution ").append(w.execution()).append(", schedule ").append(w.schedule())
                .append(", uptake ").append(w.uptake()).append(", verification ").append(w.verification())
                .append(", coverage ").append(w.coverage()).append(", staleness ").append(w.staleness())
                .append(".</p></main></body></html>");
        return html.toString();
    }

    /** A table whose cells are already escaped; the first column heads its row when {@code rowHeaders}. */
    private static void table(StringBuilder html, String caption, List<String> headers, List<List<String>> rows,
            boolean rowHeaders) {
        html.append("<table><caption>").append(text(caption)).append("</caption><thead><tr>")
                .append(headers.stream().map(header -> "<th scope=\"col\">" + text(header) + "</th>")
                        .collect(Collectors.joining()))
                .append("</tr></thead><tbody>");
        if (rows.isEmpty()) {
            html.append("<tr><td colspan=\"").append(headers.size()).append("\">None</td></tr>");
        }
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i == 0 && rowHeaders ? "<th scope=\"row\">" : "<td>").append(row.get(i))
                        .append(i == 0 && rowHeaders ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void table(StringBuilder html, String caption, List<String> headers, List<List<String>> rows) {
        table(html, caption, headers, rows.stream().map(row -> row.stream().map(GapHtmlReport::text).toList())
                .toList(), true);
    }

    /** The figure as text, then a bar drawn from it (hidden from screen readers: the text says it). */
    private static String bar(String figure, Double value, String kind) {
        double width = value == null ? 0 : Math.max(0, Math.min(100, value));
        return text(figure) + "<span class=\"bar " + kind + "\" aria-hidden=\"true\"><span style=\"width: "
                + width + "%\"></span></span>";
    }

    private static String text(String value) {
        return htmlEscape(value, "UTF-8");
    }

    private static String describe(GapFilter filter) {
        StringBuilder text = new StringBuilder();
        append(text, "order", filter.orderId());
        append(text, "directive", filter.directiveId());
        append(text, "sector", filter.sectorId());
        append(text, "agency", filter.agencyId());
        append(text, "period", filter.periodId());
        append(text, "version", filter.versionId());
        return text.isEmpty() ? "none" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append(" ").append(value);
        }
    }
}
