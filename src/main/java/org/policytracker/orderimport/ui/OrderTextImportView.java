package org.policytracker.orderimport.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.policytracker.admin.ImportPreview;
import org.policytracker.admin.OrderConfigurationRejectedException;
import org.policytracker.orderimport.KnownOrganisation;
import org.policytracker.orderimport.OrderTextFormat;
import org.policytracker.orderimport.OrderTextImport.AcceptedDirective;
import org.policytracker.orderimport.OrderTextImport.Comparison;
import org.policytracker.orderimport.OrderTextImport.NewOrder;
import org.policytracker.orderimport.OrderTextImport;
import org.policytracker.orderimport.OrderTextVersion;
import org.policytracker.orderimport.ProposedDirective;
import org.policytracker.orderimport.RequirementFinder.Findings;
import org.policytracker.orderimport.VersionComparison.Change;
import org.policytracker.orderimport.VersionComparison.ChangeKind;
import org.policytracker.task.TaskRow;
import org.policytracker.ui.IsoDatePicker;

/**
 * Import an order from its text: paste it or upload a .txt, .html or .xml file, review every proposed
 * directive (its sentence with the duty and deadline highlighted, title, deadline and agencies editable,
 * accept or drop), map the actors no organisation matched, then confirm: nothing is saved before that,
 * and then all of it at once through the order configuration import.
 */
@Route("admin/order-text")
@PageTitle("Import an order from its text | Policy Tracker")
@RolesAllowed("ADMIN")
public class OrderTextImportView extends VerticalLayout {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final OrderTextImport importer;
    private final TextField code = new TextField("Order code");
    private final TextField title = new TextField("Order title");
    private final DatePicker signedOn = new IsoDatePicker("Signed on");
    private final RadioButtonGroup<OrderTextVersion.Kind> kind = new RadioButtonGroup<>("Version of the text");
    private final TextArea text = new TextArea("Order text");
    private final Div review = new Div();
    private final Span outcome = new Span();
    private final List<ProposalEditor> editors = new ArrayList<>();
    /** The decisions on the directives no longer in the text, by directive code. */
    private final Map<String, RadioButtonGroup<Decision>> removedDecisions = new LinkedHashMap<>();
    private final Map<String, ComboBox<KnownOrganisation>> actorMappings = new LinkedHashMap<>();
    private List<KnownOrganisation> agencies = List.of();
    private OrderTextFormat format = OrderTextFormat.PLAIN;
    private String sourceTitle = "Pasted order text";

    /** What the administrator decides for a directive the new version changes or no longer has. */
    private enum Decision {
        UPDATE("Update %s"), KEEP("Keep %s as it is"), RETIRE("Retire %s"), ADD_NEW("Add as a new directive");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        String label(String directiveCode) {
            return label.formatted(directiveCode);
        }
    }

    OrderTextImportView(OrderTextImport importer) {
        this.importer = importer;
        add(new H1("Import an order from its text"));
        add(new Paragraph("Paste the order's text or upload it as the Federal Register publishes it (.txt, .html or "
                + ".xml). Policy Tracker proposes a directive for every requirement it finds; you correct, accept or "
                + "drop each one. Nothing is saved until you confirm."));
        code.setRequired(true);
        title.setRequired(true);
        title.setWidth("32em");
        title.setMaxWidth("100%");
        kind.setItems(OrderTextVersion.Kind.values());
        kind.setItemLabelGenerator(OrderTextVersion.Kind::label);
        kind.setValue(OrderTextVersion.Kind.SIGNED);
        code.setHelperText("The code of an order already tracked imports a new version of it: you see what changed");
        signedOn.setHelperText("Counts \"within N days of the date of this order\"; empty: the date on the text's closing line");
        FormLayout order = new FormLayout(code, title, signedOn, kind);
        add(order);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setMaxHeight("24em");
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            try {
                format = OrderTextFormat.ofFileName(metadata.fileName());
            } catch (IllegalArgumentException unreadable) {
                text.setErrorMessage(unreadable.getMessage());
                text.setInvalid(true);
                return;
            }
            sourceTitle = metadata.fileName();
            text.setInvalid(false);
            text.setValue(new String(bytes, StandardCharsets.UTF_8));
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".txt", ".html", ".htm", ".xml");
        upload.setDropLabel(new Span("Drop the order's text (.txt, .html, .xml) here"));
        upload.getElement().setAttribute("aria-label", "Upload the order's text");
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                format = OrderTextFormat.PLAIN;
                sourceTitle = "Pasted order text";
            }
        });
        Button find = new Button("Find requirements", click -> find());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, upload, find);
        outcome.getElement().setAttribute("role", "status");
        add(outcome, review);
    }

    private void find() {
        review.removeAll();
        editors.clear();
        removedDecisions.clear();
        actorMappings.clear();
        outcome.setText("");
        text.setInvalid(false);
        if (text.getValue().isBlank()) {
            text.setErrorMessage("Paste the order's text or upload its file first");
            text.setInvalid(true);
            return;
        }
        agencies = importer.knownAgencies();
        boolean newVersion = !code.getValue().isBlank() && importer.exists(code.getValue().strip());
        Comparison comparison = newVersion
                ? importer.compare(code.getValue().strip(), text.getValue(), format, signedOn.getValue()) : null;
        Findings findings = newVersion ? comparison.findings()
                : importer.propose(text.getValue(), format, signedOn.getValue());
        if (signedOn.isEmpty() && findings.signedOn() != null) {
            signedOn.setValue(findings.signedOn());
        }
        outcome.setText(findings.directives().size() + " requirements found in " + findings.paragraphs().size()
                + " paragraphs" + (findings.unmatchedActors().isEmpty() ? "."
                        : "; " + findings.unmatchedActors().size() + " actors match no organisation."));
        if (!findings.unmatchedActors().isEmpty()) {
            review.add(new H2("Actors to map"));
            review.add(new Paragraph("Map each once: the mapping is saved as the organisation's alias when you confirm, "
                    + "and the proposals naming it take that agency."));
            FormLayout mappings = new FormLayout();
            for (String actor : findings.unmatchedActors()) {
                ComboBox<KnownOrganisation> mapping = agencyBox("\"" + actor + "\" is");
                mapping.setClearButtonVisible(true);
                mapping.addValueChangeListener(change -> editors.forEach(editor -> editor.mapped(actor, change.getValue())));
                actorMappings.put(actor, mapping);
                mappings.add(mapping);
            }
            review.add(mappings);
        }
        if (comparison == null) {
            review.add(new H2("Proposed directives"));
            for (ProposedDirective proposal : findings.directives()) {
                ProposalEditor editor = new ProposalEditor(proposal, null, List.of(), null);
                editors.add(editor);
                review.add(editor);
            }
        } else {
            review.add(new H2("What changed since the order's directives"));
            review.add(new Paragraph(comparison.changes().stream().filter(c -> c.kind() == ChangeKind.UNCHANGED).count()
                    + " unchanged. For each change, decide: update its directive (its tasks keep their history and are "
                    + "flagged), keep the directive as it is, retire it, or add the new text as a new directive beside it. "
                    + "Accept an addition to add it. Nothing is saved until you confirm."));
            for (Change change : comparison.changes()) {
                if (change.kind() == ChangeKind.ADDED || change.kind() == ChangeKind.CHANGED) {
                    ProposalEditor editor = new ProposalEditor(change.proposed(), change,
                            change.current() == null ? List.of() : comparison.affectedTasks().get(change.current().id()),
                            change.current() == null ? null : comparison.freeCode(change.current().code()));
                    editors.add(editor);
                    review.add(editor);
                }
            }
            List<Change> removed = comparison.changes().stream().filter(c -> c.kind() == ChangeKind.REMOVED).toList();
            if (!removed.isEmpty()) {
                review.add(new H2("No longer in the text"));
                review.add(new Paragraph("These directives are kept as they are unless you retire them (kept with "
                        + "their history and tasks, read-only, closed to new tasks; their tasks flagged). Retiring takes "
                        + "effect when you confirm the import."));
                for (Change change : removed) {
                    String directiveCode = change.current().code();
                    RadioButtonGroup<Decision> decision = decision(directiveCode, Decision.KEEP, Decision.RETIRE);
                    removedDecisions.put(directiveCode, decision);
                    Div gone = new Div(new H3(directiveCode), sentence(change.wordingBefore()),
                            tasks(comparison.affectedTasks().get(change.current().id())), decision);
                    gone.addClassName("order-text-proposal");
                    review.add(gone);
                }
            }
        }
        Button confirm = new Button("Confirm import", click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.add(confirm);
    }

    private void confirm() {
        boolean valid = required(code, "Give the order a code") & required(title, "Give the order a title");
        if (valid && !CODE.matcher(code.getValue().strip()).matches()) {
            code.setErrorMessage("1-64 letters, digits, dots, hyphens or underscores");
            code.setInvalid(true);
            valid = false;
        }
        List<AcceptedDirective> accepted = new ArrayList<>();
        List<String> retiring = new ArrayList<>();
        for (ProposalEditor editor : editors) {
            if (editor.accepted()) {
                valid &= editor.valid();
                accepted.add(editor.toAccepted());
            }
            if (editor.retiring()) {
                retiring.add(editor.currentCode());
            }
        }
        removedDecisions.forEach((directiveCode, decision) -> {
            if (decision.getValue() == Decision.RETIRE) {
                retiring.add(directiveCode);
            }
        });
        if (!valid) {
            outcome.setText("Correct the fields marked before confirming.");
            return;
        }
        Map<String, String> organisationByActor = new LinkedHashMap<>();
        actorMappings.forEach((actor, mapping) -> {
            if (mapping.getValue() != null) {
                organisationByActor.put(actor, mapping.getValue().id());
            }
        });
        try {
            ImportPreview done = importer.confirm(new NewOrder(code.getValue().strip(), title.getValue().strip(),
                    signedOn.getValue(), kind.getValue(), sourceTitle, text.getValue(), format), accepted, retiring,
                    organisationByActor);
            review.removeAll();
            editors.clear();
            removedDecisions.clear();
            outcome.setText("Imported " + done.orderCode() + " with " + done.count(ImportPreview.Outcome.ADDED)
                    + " additions and " + done.count(ImportPreview.Outcome.CHANGED) + " changes"
                    + (retiring.isEmpty() ? "." : "; " + retiring.size() + " retired: " + String.join(", ", retiring) + "."));
            review.add(new Paragraph(new Anchor("admin/order/" + done.orderCode(), "Open the order " + done.orderCode())),
                    new Paragraph(new Anchor("directives", "See the directives")));
        } catch (OrderConfigurationRejectedException rejected) {
            outcome.setText("Not imported: " + String.join("; ", rejected.problems().stream()
                    .map(p -> (p.pointer().isEmpty() ? "" : p.pointer() + " ") + p.message()).toList()));
        } catch (IllegalArgumentException refused) {
            // a retirement the order does not allow, e.g. of a directive also kept under the same code
            outcome.setText("Not imported: " + refused.getMessage());
        }
    }

    private static boolean required(TextField field, String message) {
        boolean given = !field.getValue().isBlank();
        field.setErrorMessage(given ? null : message);
        field.setInvalid(!given);
        return given;
    }

    private ComboBox<KnownOrganisation> agencyBox(String label) {
        ComboBox<KnownOrganisation> box = new ComboBox<>(label);
        box.setItems(agencies);
        box.setItemLabelGenerator(KnownOrganisation::name);
        return box;
    }

    private static RadioButtonGroup<Decision> decision(String directiveCode, Decision... choices) {
        RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Decision on " + directiveCode);
        decision.setItems(choices);
        decision.setItemLabelGenerator(choice -> choice.label(directiveCode));
        decision.setValue(choices[0]);
        return decision;
    }

    private KnownOrganisation agency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * One proposal: its sentence highlighted, its fields editable, accepted unless dropped; for a changed
     * directive, the decision: update it, keep it, retire it, or add the new text as a new directive.
     */
    private final class ProposalEditor extends Div {

        private final ProposedDirective proposal;
        private final Change change;
        private final String newCode;
        private RadioButtonGroup<Decision> decision;
        private final TextField directiveCode = new TextField("Code");
        private final TextField directiveTitle = new TextField("Title");
        private final DatePicker deadline = new IsoDatePicker("Deadline");
        private final ComboBox<KnownOrganisation> lead = agencyBox("Lead agency");
        private final MultiSelectComboBox<KnownOrganisation> supporting = new MultiSelectComboBox<>("Supporting agencies");
        private final Checkbox accept = new Checkbox();

        /** {@code newCode}: the code a changed directive's new text takes if added as a new directive. */
        ProposalEditor(ProposedDirective proposal, Change change, List<TaskRow> affectedTasks, String newCode) {
            this.proposal = proposal;
            this.change = change;
            this.newCode = newCode;
            addClassName("order-text-proposal");
            getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s) 0");
            String section = proposal.sectionRef() == null ? "Preamble" : "Sec. " + proposal.sectionRef();
            if (change == null) {
                add(new H3(section + ": " + proposal.title()));
                add(highlighted(proposal));
            } else if (change.kind() == ChangeKind.ADDED) {
                add(new H3("Added, " + section + ": " + proposal.title()));
                add(highlighted(proposal));
            } else {
                add(new H3("Changed, " + change.current().code() + " (" + section + ")"));
                Div sideBySide = new Div(sentence("Before: " + change.wordingBefore()), sentence("After: " + change.wordingAfter()));
                sideBySide.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr").set("gap", "var(--lumo-space-m)");
                add(sideBySide);
                if (change.deadlineChanged()) {
                    add(new Paragraph("Deadline: " + (change.deadlineBefore() == null ? "none" : change.deadlineBefore())
                            + " → " + (change.deadlineAfter() == null ? "none" : change.deadlineAfter())));
                }
                add(tasks(affectedTasks));
            }
            directiveCode.setValue(change != null && change.current() != null ? change.current().code() : proposal.code());
            directiveTitle.setValue(proposal.title());
            directiveTitle.setWidthFull();
            if (proposal.deadline() != null) {
                deadline.setValue(proposal.deadline().date());
                deadline.setHelperText("Read as: " + proposal.deadline().describe()
                        + (proposal.deadline().stated() ? "" : " (assumed: the text gives no start)"));
            }
            supporting.setItems(agencies);
            supporting.setItemLabelGenerator(KnownOrganisation::name);
            lead.setValue(proposal.leadAgency() == null ? null : agency(proposal.leadAgency()));
            supporting.setValue(new HashSet<>(proposal.supportingAgencies().stream().map(OrderTextImportView.this::agency)
                    .filter(a -> a != null).toList()));
            if (!proposal.unmatchedActors().isEmpty()) {
                lead.setHelperText("Not matched: " + String.join(", ", proposal.unmatchedActors()));
            }
            FormLayout fields = new FormLayout(directiveCode, directiveTitle, deadline, lead, supporting);
            fields.setColspan(directiveTitle, 2);
            if (isChange()) {
                decision = decision(change.current().code(), Decision.UPDATE, Decision.KEEP, Decision.RETIRE,
                        Decision.ADD_NEW);
                decision.addValueChangeListener(chosen -> decided(chosen.getValue()));
                decided(Decision.UPDATE);
                add(decision, fields);
            } else {
                accept.addValueChangeListener(toggled -> editable(toggled.getValue()));
                accept.setLabel("Accept " + section);
                accept.setValue(true);
                fields.add(accept);
                add(fields);
            }
        }

        private boolean isChange() {
            return change != null && change.kind() == ChangeKind.CHANGED;
        }

        /** Update keeps the directive's code; a new directive takes a free one, which the administrator may edit. */
        private void decided(Decision chosen) {
            boolean adding = chosen == Decision.ADD_NEW;
            directiveCode.setValue(adding ? newCode : change.current().code());
            editable(chosen == Decision.UPDATE || adding);
            directiveCode.setReadOnly(!adding);
        }

        private void editable(boolean editable) {
            getStyle().set("opacity", editable ? "1" : "0.6");
            directiveCode.setEnabled(editable);
            directiveTitle.setEnabled(editable);
            deadline.setEnabled(editable);
            lead.setEnabled(editable);
            supporting.setEnabled(editable);
        }

        void mapped(String actor, KnownOrganisation organisation) {
            if (proposal.unmatchedActors().isEmpty() || !proposal.unmatchedActors().getFirst().equals(actor)
                    || organisation == null) {
                return;
            }
            if (proposal.leadAgency() == null && lead.isEmpty()) {
                lead.setValue(organisation);
            }
        }

        boolean accepted() {
            return isChange() ? decision.getValue() == Decision.UPDATE || decision.getValue() == Decision.ADD_NEW
                    : accept.getValue();
        }

        boolean retiring() {
            return isChange() && decision.getValue() == Decision.RETIRE;
        }

        String currentCode() {
            return change.current().code();
        }

        boolean valid() {
            boolean valid = true;
            directiveCode.setInvalid(false);
            directiveTitle.setInvalid(false);
            lead.setInvalid(false);
            if (directiveCode.getValue().isBlank()) {
                directiveCode.setErrorMessage("Give the directive a code");
                directiveCode.setInvalid(true);
                valid = false;
            }
            if (directiveTitle.getValue().isBlank()) {
                directiveTitle.setErrorMessage("Give the directive a title");
                directiveTitle.setInvalid(true);
                valid = false;
            }
            if (lead.isEmpty()) {
                lead.setErrorMessage("Choose the lead agency, or drop the directive");
                lead.setInvalid(true);
                valid = false;
            }
            return valid;
        }

        AcceptedDirective toAccepted() {
            boolean sameDeadline = proposal.deadline() != null && java.util.Objects.equals(deadline.getValue(),
                    proposal.deadline().date());
            return new AcceptedDirective(directiveCode.getValue().strip(), proposal.sectionRef(),
                    directiveTitle.getValue().strip(), proposal.sentence(), deadline.getValue(),
                    deadline.getValue() != null && (!sameDeadline || proposal.deadline().stated()),
                    lead.isEmpty() ? null : lead.getValue().id(),
                    supporting.getValue().stream().map(KnownOrganisation::id).sorted().toList());
        }
    }

    /** Wording already escaped and marked by the comparison. */
    private static Html sentence(String markedHtml) {
        return new Html("<blockquote class=\"order-text-sentence\">" + markedHtml + "</blockquote>");
    }

    private static Paragraph tasks(List<TaskRow> affected) {
        if (affected == null || affected.isEmpty()) {
            return new Paragraph("No task is affected.");
        }
        return new Paragraph("Tasks affected: " + String.join("; ", affected.stream()
                .map(t -> t.title() + " (" + t.agency() + (t.ownerName() == null || t.ownerName().isEmpty() ? "" : ", " + t.ownerName()) + ")").toList()));
    }

    /** The sentence with its duty and its deadline phrase marked. */
    private static Html highlighted(ProposedDirective proposal) {
        String sentence = proposal.sentence();
        int deadlineAt = proposal.deadline() == null ? -1 : sentence.indexOf(proposal.deadline().phrase());
        StringBuilder html = new StringBuilder("<blockquote class=\"order-text-sentence\">");
        for (int i = 0; i < sentence.length(); i++) {
            if (i == proposal.dutyStart()) {
                html.append("<mark>");
            }
            if (i == deadlineAt) {
                html.append("<mark class=\"deadline\">");
            }
            html.append(Entities.escape(String.valueOf(sentence.charAt(i))));
            if (i == proposal.dutyEnd() - 1) {
                html.append("</mark>");
            }
            if (deadlineAt >= 0 && i == deadlineAt + proposal.deadline().phrase().length() - 1) {
                html.append("</mark>");
            }
        }
        return new Html(html.append("</blockquote>").toString());
    }
}
