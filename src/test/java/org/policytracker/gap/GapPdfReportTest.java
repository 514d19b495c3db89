package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The printable report holds the dashboard's figures and every metric definition, and is a tagged PDF a
 * screen reader can follow: title, language, headings and tables with header cells in its structure.
 */
class GapPdfReportTest {

    static final GapProperties SETTINGS = new GapProperties(
            new GapProperties.Weights(0.30, 0.20, 0.25, 0.10, 0.10, 0.05), 30, 60, 90, 8, Duration.ofSeconds(1));

    /** One directive with figures, one without any data (no execution, no index: empty bars). */
    static GapDashboard dashboard() {
        GapDashboard full = GapExportTest.dashboard("Accelerate cyber defence", "Threat sharing", "Hospitals");
        DirectiveGap empty = new DirectiveGap(2, "EO", "D2", "Nothing yet", "Agency", null, "ASSUMED", TaskFigures.NONE,
                ReportTotals.NONE, 0, 0, 0, Map.of(), null, DirectiveStatus.NO_DATA,
                new Forecast(false, 0.0, null, null, null), List.of());
        return new GapDashboard(full.asOf(), full.filter(), full.period(), full.headline(),
                List.of(full.directives().getFirst(), empty), full.measures(), full.trend());
    }

    @Test
    void theReportHasTheFiguresAndTheDefinitionsInATaggedPdf() throws Exception {
        byte[] bytes = new GapPdfReport(new GapHtmlReport(SETTINGS)).render(dashboard());

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("Implementation gap dashboard").contains("Accelerate cyber defence")
                    .contains("At risk").contains("No data").contains("Hospitals").contains("80.0 %");
            for (MetricDefinitions.Definition definition : MetricDefinitions.ALL) {
                assertThat(all).contains(definition.name());
            }
            assertThat(all).contains("Weights: execution 0.3");

            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("en");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Implementation gap dashboard");
            List<String> structure = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), structure);
            assertThat(structure).contains("H1", "H2", "Table", "TH", "TD", "Caption");
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as("font %s embedded", font).isTrue();
                }
            }
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
