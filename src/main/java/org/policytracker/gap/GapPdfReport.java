package org.policytracker.gap;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The printable dashboard (OpenPDF): headline figures, the directive table with its charts drawn as
 * horizontal bars, uptake by measure and sector, the trend by period, and every metric definition.
 */
@Component
public class GapPdfReport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Color BAR = new Color(0x1a, 0x44, 0x80);
    private static final Color GAP_BAR = new Color(0xb5, 0x09, 0x09);
    private static final Color TRACK = new Color(0xe6, 0xe6, 0xe6);

    private final GapProperties settings;

    GapPdfReport(GapProperties settings) {
        this.settings = settings;
    }

    public byte[] render(GapDashboard dashboard) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        document.addTitle("Implementation gap dashboard");
        document.add(new Paragraph("Implementation gap dashboard", TITLE));
        document.add(new Paragraph("As of " + dashboard.asOf() + "; reporting period "
                + (dashboard.period() == null ? "none" : dashboard.period().code()) + "; filter " + describe(dashboard.filter()), TEXT));

        Headline h = dashboard.headline();
        heading(document, "Headline");
        PdfPTable headline = table(new float[] {3, 2}, "Figure", "Value");
        row(headline, "Directives on track / at risk / off track / no data",
                h.onTrack() + " / " + h.atRisk() + " / " + h.offTrack() + " / " + h.noData());
        row(headline, "Implementation gap index (0 = done, 100 = nothing happened)", Fmt.number(h.gapIndex()));
        row(headline, "Overdue open tasks", h.overdueTasks() + " of " + h.openTasks());
        row(headline, "Uptake (participating / eligible)", Fmt.percent(h.reports().uptake()) + " (" + h.reports().participating()
                + " / " + h.reports().eligible() + ")");
        row(headline, "Measures at or above target", h.measuresAtTarget() + " of " + h.measuresWithUptake());
        document.add(headline);

        heading(document, "Directives: execution (blue) and gap index (red)");
        PdfPTable directives = table(new float[] {1.2f, 4, 1, 1, 1, 1.4f, 3.5f, 3}, "Directive", "Title", "Tasks", "Overdue",
                "Gap index", "Status", "Execution / gap index", "Forecast");
        for (DirectiveGap d : dashboard.directives()) {
            directives.addCell(cell(d.label()));
            directives.addCell(cell(d.title()));
            directives.addCell(cell(String.valueOf(d.tasks().tasks())));
            directives.addCell(cell(String.valueOf(d.tasks().overdueTasks())));
            directives.addCell(cell(Fmt.number(d.gapIndex())));
            directives.addCell(cell(d.status().label()));
            directives.addCell(bars(Arrays.asList(d.tasks().execution(), d.gapIndex()), List.of(BAR, GAP_BAR)));
            directives.addCell(cell(d.forecast().describe()));
        }
        document.add(directives);

        heading(document, "Uptake by measure and sector, period " + (dashboard.period() == null ? "none" : dashboard.period().code()));
        PdfPTable uptake = table(new float[] {2, 3, 1, 1, 1, 1, 3}, "Measure", "Sector", "Eligible", "Participating",
                "Verified", "Uptake", "Uptake against target");
        for (MeasureUptake m : dashboard.measures()) {
            for (UptakeCell c : m.cells()) {
                uptake.addCell(cell(m.code() + " (target " + Fmt.percent(m.targetPercent()) + ")"));
                uptake.addCell(cell(c.sectorName()));
                uptake.addCell(cell(String.valueOf(c.totals().eligible())));
                uptake.addCell(cell(String.valueOf(c.totals().participating())));
                uptake.addCell(cell(String.valueOf(c.totals().verified())));
                uptake.addCell(cell(c.covered() ? Fmt.percent(c.totals().uptake()) : "no report"));
                uptake.addCell(bars(Arrays.asList(c.totals().uptake()), List.of(BAR)));
            }
        }
        document.add(uptake);

        heading(document, "Trend by period");
        PdfPTable trend = table(new float[] {1, 1, 1, 1.5f, 1.5f, 3}, "Period", "Reports", "Uptake", "Without report",
                "Completed by end", "Uptake");
        for (PeriodTrend p : dashboard.trend()) {
            trend.addCell(cell(p.code()));
            trend.addCell(cell(String.valueOf(p.reports().reports())));
            trend.addCell(cell(Fmt.percent(p.reports().uptake())));
            trend.addCell(cell(p.uncoveredPairs() + " of " + p.eligiblePairs()));
            trend.addCell(cell(Fmt.percent(p.completedShare())));
            trend.addCell(bars(Arrays.asList(p.reports().uptake()), List.of(BAR)));
        }
        document.add(trend);

        heading(document, "Definitions");
        for (MetricDefinitions.Definition definition : MetricDefinitions.ALL) {
            Paragraph p = new Paragraph();
            p.add(new Phrase(definition.name() + ": ", BOLD));
            p.add(new Phrase(definition.definition(), TEXT));
            document.add(p);
        }
        GapProperties.Weights w = settings.weights();
        document.add(new Paragraph("Weights: execution " + w.execution() + ", schedule " + w.schedule() + ", uptake "
                + w.uptake() + ", verification " + w.verification() + ", coverage " + w.coverage() + ", staleness "
                + w.staleness() + ".", TEXT));
        document.close();
        return out.toByteArray();
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

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(TRACK);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label));
        table.addCell(cell(value));
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /**
     * A cell with one horizontal bar per 0-100 value (undefined: empty track), drawn on the page
     * canvas when the table is laid out.
     */
    private static PdfPCell bars(List<Double> values, List<Color> colours) { // values may hold nulls
        PdfPCell cell = new PdfPCell(new Phrase(" ", TEXT));
        cell.setMinimumHeight(8f * values.size() + 4);
        cell.setCellEvent((PdfPCell laidOut, Rectangle position, PdfContentByte[] canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float width = position.getWidth() - 4;
            float height = (position.getHeight() - 4) / values.size();
            for (int i = 0; i < values.size(); i++) {
                float bottom = position.getTop() - 2 - height * (i + 1) + 1;
                canvas.saveState();
                canvas.setColorFill(TRACK);
                canvas.rectangle(position.getLeft() + 2, bottom, width, height - 2);
                canvas.fill();
                Double value = values.get(i);
                if (value != null && value > 0) {
                    canvas.setColorFill(colours.get(i));
                    canvas.rectangle(position.getLeft() + 2, bottom, (float) (width * Math.min(100, value) / 100),
                            height - 2);
                    canvas.fill();
                }
                canvas.restoreState();
            }
        });
        return cell;
    }
}
