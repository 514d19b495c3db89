package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The printable report holds the dashboard's figures and every metric definition. */
class GapPdfReportTest {

    @Test
    void theReportHasTheFiguresAndTheDefinitions() throws Exception {
        GapPdfReport pdf = new GapPdfReport(new GapProperties(
                new GapProperties.Weights(0.30, 0.20, 0.25, 0.10, 0.10, 0.05), 30, 60, 90, 8, Duration.ofSeconds(1)));
        GapDashboard full = GapExportTest.dashboard("Accelerate cyber defence", "Threat sharing", "Hospitals");
        // a directive without data has no execution and no index: drawn as empty bars
        DirectiveGap empty = new DirectiveGap(2, "EO", "D2", "Nothing yet", "Agency", null, "ASSUMED", TaskFigures.NONE,
                ReportTotals.NONE, 0, 0, 0, java.util.Map.of(), null, DirectiveStatus.NO_DATA,
                new Forecast(false, 0.0, null, null, null), java.util.List.of());
        GapDashboard dashboard = new GapDashboard(full.asOf(), full.filter(), full.period(), full.headline(),
                java.util.List.of(full.directives().getFirst(), empty), full.measures(), full.trend());
        byte[] bytes = pdf.render(dashboard);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(bytes)) {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            assertThat(all).contains("Implementation gap dashboard").contains("Accelerate cyber defence")
                    .contains("At risk").contains("No data").contains("Hospitals").contains("80.0 %");
            for (MetricDefinitions.Definition definition : MetricDefinitions.ALL) {
                assertThat(all).contains(definition.name() + ":");
            }
            assertThat(all).contains("Weights: execution 0.3");
        }
    }
}
