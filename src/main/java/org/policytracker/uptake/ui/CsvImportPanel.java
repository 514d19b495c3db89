package org.policytracker.uptake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policytracker.uptake.CsvImportRejectedException;
import org.policytracker.ui.BuiltOnFirstUse;
import org.policytracker.uptake.ReportCsvImport;

/**
 * CSV import in the reporting view: template download, upload, a preview of every row or every
 * problem (line, column, reason), then an all-or-nothing import.
 */
class CsvImportPanel extends VerticalLayout {

    private final ReportCsvImport csv;
    private final Runnable onImported;
    private final Paragraph outcome = new Paragraph();
    private final Button importButton = new Button();
    private final ProgressBar committing = new ProgressBar();
    /** Built for the first file with problems, and {@code rows} for the first file ready to import: until then
     * the page holds no grid for either. */
    private final BuiltOnFirstUse<Grid<ReportCsvImport.Problem>> problems = new BuiltOnFirstUse<>(
            CsvImportPanel::problemsGrid, grid -> addComponentAtIndex(indexOf(committing) + 1, grid));
    private final BuiltOnFirstUse<Grid<ReportCsvImport.Row>> rows = new BuiltOnFirstUse<>(CsvImportPanel::rowsGrid,
            grid -> addComponentAtIndex(indexOf(importButton), grid));
    private byte[] file;
    private int readyRows;

    CsvImportPanel(ReportCsvImport csv, Runnable onImported) {
        this.csv = csv;
        this.onImported = onImported;
        setPadding(false);

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = csv.template().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content),
                    "participation-reports-template.csv", "text/csv; charset=UTF-8", content.length);
        }), "Download the CSV template");
        template.setDownload(true);
        Paragraph help = new Paragraph("One line per measure, sector and period, comma-separated and UTF-8 encoded, "
                + "with the header " + String.join(",", ReportCsvImport.COLUMNS) + ". The template lists what is due in "
                + "the open periods. Files up to " + csv.maxBytes() / (1024 * 1024) + " MiB. Every line is checked "
                + "first; the import submits all lines or none.");
        // the header is one long word: on a phone it breaks instead of widening the page
        help.addClassName("long-words");
        add(help, template);

        Upload upload = new Upload();
        // each file replaces the previous one: the list is cleared once a file has been checked
        // the request's size is bounded before Vaadin reads it (uptake.CsvUploadLimit); setMaxFileSize
        // below only stops the browser component from sending a larger file
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            preview(bytes);
            upload.clearFileList();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) csv.maxBytes());
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span("Drop a CSV file here"));
        upload.addFileRejectedListener(rejected -> show("The file was refused: " + rejected.getErrorMessage()
                + " (CSV files up to " + csv.maxBytes() / (1024 * 1024) + " MiB)."));
        upload.getElement().setAttribute("aria-label", "Upload a CSV file of participation reports");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(click -> commit());
        committing.setIndeterminate(true);
        committing.setVisible(false);
        committing.getElement().setAttribute("aria-label", "Importing the reports");
        outcome.getElement().setAttribute("role", "status");
        add(upload, outcome, committing, importButton);
    }

    private static Grid<ReportCsvImport.Problem> problemsGrid() {
        Grid<ReportCsvImport.Problem> problems = new Grid<>();
        problems.setAriaLabel("Problems in the CSV file");
        problems.addColumn(p -> p.line() == 0 ? "file" : String.valueOf(p.line())).setHeader("Line").setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader("Column").setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ReportCsvImport.Problem::reason).setHeader("Problem").setFlexGrow(1);
        problems.setHeight("18em");
        return problems;
    }

    private static Grid<ReportCsvImport.Row> rowsGrid() {
        Grid<ReportCsvImport.Row> rows = new Grid<>();
        rows.setAriaLabel("Reports in the CSV file");
        rows.addColumn(ReportCsvImport.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> r.input().measure()).setHeader("Measure").setAutoWidth(true);
        rows.addColumn(r -> r.input().sector()).setHeader("Sector").setAutoWidth(true);
        rows.addColumn(r -> r.input().period()).setHeader("Period").setAutoWidth(true);
        rows.addColumn(r -> r.input().eligibleCount()).setHeader("Eligible").setAutoWidth(true);
        rows.addColumn(r -> r.input().participatingCount()).setHeader("Participating").setAutoWidth(true);
        rows.addColumn(r -> r.input().verifiedCount()).setHeader("Verified").setAutoWidth(true);
        rows.setHeight("18em");
        return rows;
    }

    private void preview(byte[] bytes) {
        ReportCsvImport.Preview preview = csv.preview(bytes);
        if (!preview.problems().isEmpty()) {
            showProblems(preview.problems());
            return;
        }
        if (preview.rows().isEmpty()) {
            show("The file has a header but no reports.");
            return;
        }
        file = bytes;
        readyRows = preview.rows().size();
        rows.show().setItems(preview.rows());
        problems.hide();
        importButton.setText("Import " + preview.rows().size() + " reports");
        importButton.setVisible(true);
        outcome.setText(preview.rows().size() + " reports are ready to submit. Nothing is saved until you import them.");
    }

    /**
     * Says that the import is under way and for how many rows before it starts: this state reaches the
     * browser first, and the browser's answer to the round trip starts the import, which a large file
     * keeps busy for seconds.
     */
    private void commit() {
        outcome.setText("Checking and submitting " + readyRows + " reports. Large files take a few seconds; "
                + "nothing is saved unless every report is.");
        committing.setVisible(true);
        // on the panel: Vaadin ignores what the browser returns to a disabled element such as the clicked button
        getElement().executeJs("return true").then(Boolean.class, started -> store());
    }

    private void store() {
        try {
            int imported = csv.commit(file);
            show("Imported and submitted " + imported + " reports.");
            onImported.run();
        } catch (CsvImportRejectedException rejected) {
            showProblems(rejected.problems());
        } finally {
            committing.setVisible(false);
            importButton.setEnabled(true);
        }
    }

    private void showProblems(List<ReportCsvImport.Problem> found) {
        show(found.size() + (found.size() == 1 ? " problem" : " problems")
                + " in the file; nothing was imported. Correct the file and upload it again.");
        problems.show().setItems(found);
    }

    private void show(String message) {
        file = null;
        rows.hide();
        importButton.setVisible(false);
        problems.hide();
        outcome.setText(message);
    }
}
