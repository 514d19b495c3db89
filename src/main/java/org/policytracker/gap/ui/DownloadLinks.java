package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.policytracker.gap.GapDashboard;
import org.policytracker.gap.GapExport;
import org.policytracker.gap.GapHtmlReport;
import org.policytracker.gap.GapPdfReport;

/** "Download this view": the figures shown, as CSV, JSON, a tagged PDF report and the same report as HTML. */
class DownloadLinks extends HorizontalLayout {

    DownloadLinks(GapDashboard dashboard, GapExport export, GapPdfReport pdf, GapHtmlReport html) {
        add(new Span("Download this view:"),
                download("CSV", dashboard, "csv", "text/csv;charset=utf-8",
                        () -> export.csv(dashboard).getBytes(StandardCharsets.UTF_8)),
                download("JSON", dashboard, "json", "application/json",
                        () -> export.json(dashboard).getBytes(StandardCharsets.UTF_8)),
                download("PDF report", dashboard, "pdf", "application/pdf", () -> pdf.render(dashboard)),
                download("HTML report", dashboard, "html", "text/html;charset=utf-8",
                        () -> html.render(dashboard).getBytes(StandardCharsets.UTF_8)));
        setAlignItems(Alignment.BASELINE);
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
}
