package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policytracker.admin.ImportPreview;
import org.policytracker.admin.ImportPreview.Outcome;
import org.policytracker.admin.OrderConfiguration;
import org.policytracker.admin.OrderConfigurationDocument;
import org.policytracker.admin.OrderConfigurationRejectedException;
import org.policytracker.order.ExecutiveOrder;
import org.policytracker.order.OrderService;

/**
 * An order's configuration as a file: download an order's JSON document (and the schema it follows),
 * upload one, see what importing it would add, change or keep, then confirm (all of it in one
 * transaction) or cancel. Problems are listed with their place in the document.
 */
@Route("admin/order-configuration")
@PageTitle("Order configuration | Policy Tracker")
@RolesAllowed("ADMIN")
public class OrderConfigurationView extends VerticalLayout {

    private final OrderConfiguration configuration;
    private final Span outcome = new Span();
    private final Grid<OrderConfigurationRejectedException.Problem> problems = new Grid<>();
    private final Grid<ImportPreview.Item> preview = new Grid<>();
    private final Button confirm = new Button("Confirm import");
    private final Button cancel = new Button("Cancel");
    private OrderConfigurationDocument pending;

    OrderConfigurationView(OrderConfiguration configuration, OrderService orders) {
        this.configuration = configuration;
        add(new H1("Order configuration"));
        add(new Paragraph("An order with its directives, voluntary measures, their sectors and the reporting periods "
                + "as one JSON file. Organisations are named by their id and must exist before an import. An import "
                + "adds what is new and changes what differs; what the file does not mention is kept, never deleted."));

        add(new H2("Export"));
        ComboBox<ExecutiveOrder> order = new ComboBox<>("Order");
        order.setItems(orders.orders());
        order.setItemLabelGenerator(o -> o.getCode() + " " + o.getTitle());
        order.setWidth("32em");
        order.setMaxWidth("100%");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
            ExecutiveOrder chosen = order.getValue();
            byte[] json = configuration.write(configuration.export(chosen.getCode())).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), chosen.getCode() + ".order.json",
                    "application/json", json.length);
        }), "");
        download.add(new Button("Download JSON"));
        download.setDownload(true);
        download.setEnabled(false);
        order.addValueChangeListener(change -> download.setEnabled(change.getValue() != null));
        Anchor schema = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] json = configuration.schema().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "order-configuration.schema.json",
                    "application/schema+json", json.length);
        }), "The JSON Schema the file follows");
        schema.setDownload(true);
        HorizontalLayout export = new HorizontalLayout(order, download, schema);
        export.setAlignItems(Alignment.BASELINE);
        export.setWrap(true);
        export.setWidthFull();
        add(export);

        add(new H2("Import"));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            check(new String(bytes, StandardCharsets.UTF_8));
            upload.clearFileList();
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setDropLabel(new Span("Drop an order configuration (JSON) here"));
        upload.getElement().setAttribute("aria-label", "Upload an order configuration JSON file");

        outcome.getElement().setAttribute("role", "status");
        problems.setAriaLabel("Problems in the file");
        problems.addColumn(p -> p.pointer().isEmpty() ? "(the file)" : p.pointer()).setHeader("Where")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(OrderConfigurationRejectedException.Problem::message).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);

        preview.setAriaLabel("What the import does");
        preview.addColumn(ImportPreview.Item::subject).setHeader("Subject").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportPreview.Item::key).setHeader("Code").setAutoWidth(true);
        preview.addColumn(item -> item.outcome().label()).setHeader("Outcome").setAutoWidth(true);
        preview.addColumn(item -> String.join(", ", item.changedFields())).setHeader("Changed fields").setFlexGrow(1);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> apply());
        cancel.addClickListener(click -> {
            clear();
            outcome.setText("Import cancelled: nothing was changed.");
        });
        HorizontalLayout actions = new HorizontalLayout(confirm, cancel);
        confirm.setVisible(false);
        cancel.setVisible(false);
        add(upload, outcome, problems, actions, preview);
    }

    private void check(String text) {
        clear();
        try {
            OrderConfigurationDocument document = configuration.read(text);
            ImportPreview plan = configuration.preview(document);
            preview.setItems(plan.items());
            preview.setVisible(true);
            if (plan.changesNothing()) {
                outcome.setText("The file matches order " + plan.orderCode() + " as configured: importing it would "
                        + "change nothing. " + summary(plan));
                return;
            }
            pending = document;
            confirm.setVisible(true);
            cancel.setVisible(true);
            outcome.setText("Order " + plan.orderCode() + ": " + summary(plan) + " Nothing is saved until you confirm.");
        } catch (OrderConfigurationRejectedException rejected) {
            showProblems(rejected.problems());
        }
    }

    private void apply() {
        try {
            ImportPreview done = configuration.apply(pending);
            clear();
            preview.setItems(done.items());
            preview.setVisible(true);
            outcome.setText("Imported order " + done.orderCode() + ": " + summary(done));
        } catch (OrderConfigurationRejectedException rejected) {
            clear();
            showProblems(rejected.problems());
        }
    }

    private void showProblems(List<OrderConfigurationRejectedException.Problem> found) {
        problems.setItems(found);
        problems.setVisible(true);
        outcome.setText("The file cannot be imported (" + found.size() + (found.size() == 1 ? " problem" : " problems")
                + "); nothing was changed.");
    }

    private void clear() {
        pending = null;
        confirm.setVisible(false);
        cancel.setVisible(false);
        problems.setVisible(false);
        preview.setVisible(false);
    }

    private static String summary(ImportPreview plan) {
        return plan.count(Outcome.ADDED) + " added, " + plan.count(Outcome.CHANGED) + " changed, "
                + plan.count(Outcome.UNCHANGED) + " unchanged, " + plan.count(Outcome.NOT_IN_DOCUMENT)
                + " not in the file (kept).";
    }
}
