package org.policytracker.gap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The printable dashboard as a tagged PDF (PDF/UA: structure tags, title, language, embedded fonts):
 * the {@link GapHtmlReport} document laid out by openhtmltopdf, so that the PDF and the HTML report carry
 * the same headings, tables and reading order.
 */
@Component
public class GapPdfReport {

    /** DejaVu Sans from the jasperreports-fonts artifact: PDF/UA needs every font embedded. */
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final GapHtmlReport html;

    GapPdfReport(GapHtmlReport html) {
        this.html = html;
    }

    public byte[] render(GapDashboard dashboard) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> GapPdfReport.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), "DejaVu Sans", 400,
                FontStyle.NORMAL, true);
        builder.useFont(() -> GapPdfReport.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), "DejaVu Sans",
                700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html.render(dashboard), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the PDF report", e);
        }
        return out.toByteArray();
    }
}
