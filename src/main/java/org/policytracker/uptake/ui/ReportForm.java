package org.policytracker.uptake.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.ui.Labels;
import org.policytracker.ui.SaveShortcut;
import org.policytracker.uptake.EvidenceLink;
import org.policytracker.uptake.MeasureRow;
import org.policytracker.uptake.PeriodRow;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportInput;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportViolation;
import org.policytracker.uptake.ReportingCatalogue;
import org.policytracker.uptake.ReportingService;

/**
 * The report form: measure, sector and open period, the three counts, an evidence note and link;
 * save as draft or submit. Every refusal is shown on the field it concerns, and summed up under the
 * buttons with the fields' labels. The report's evidence links on file are listed under the form
 * (a new link is added to them; the two link fields are emptied once it is saved).
 */
class ReportForm extends VerticalLayout {

    /** A sector the association covers, as the form offers it (the form keeps no entities). */
    private record SectorChoice(String id, String name) {
    }


    private final ReportingService reporting;
    private final Consumer<ReportRow> onSaved;
    private final Consumer<ReportInput.Slot> onSlotChosen;

    private final ComboBox<MeasureRow> measure = new ComboBox<>("Measure");
    private final ComboBox<SectorChoice> sector = new ComboBox<>("Sector");
    private final ComboBox<PeriodRow> period = new ComboBox<>("Reporting period");
    private final IntegerField eligible = count("Eligible organisations");
    private final IntegerField participating = count("Participating organisations");
    private final IntegerField verified = count("Independently verified");
    private final TextArea note = new TextArea("Evidence note");
    private final TextField linkLabel = new TextField("Evidence link label");
    private final TextField linkUrl = new TextField("Evidence link address (https://...)");
    private final Paragraph outcome = new Paragraph();
    private final Div evidenceOnFile = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ReportForm(ReportingService reporting, Consumer<ReportRow> onSaved, Consumer<ReportInput.Slot> onSlotChosen) {
        this.reporting = reporting;
        this.onSaved = onSaved;
        this.onSlotChosen = onSlotChosen;
        setPadding(false);

        measure.setItems(reporting.myMeasures(null));
        measure.setItemLabelGenerator(m -> m.code() + " — " + m.title());
        sector.setItems(reporting.mySectors().stream().map(s -> new SectorChoice(s.getId(), s.getName())).toList());
        sector.setItemLabelGenerator(SectorChoice::name);
        period.setItems(reporting.periodRows().stream().filter(p -> p.status() == PeriodStatus.OPEN).toList());
        period.setItemLabelGenerator(p -> p.code() + " (due " + p.dueOn() + ")");
        measure.addValueChangeListener(e -> slotChanged());
        sector.addValueChangeListener(e -> slotChanged());
        period.addValueChangeListener(e -> {
            measuresOf(e.getValue());
            slotChanged();
        });
        note.setMaxLength(ReportingCatalogue.MAX_NOTE_LENGTH);
        note.setHelperText("How the counts were established: survey, attestation, register.");
        linkLabel.setMaxLength(ReportingCatalogue.MAX_LABEL_LENGTH);
        linkUrl.setMaxLength(ReportingCatalogue.MAX_URL_LENGTH);
        verified.setHelperText("0 ≤ verified ≤ participating ≤ eligible");

        fields.put("measure", measure);
        fields.put("sector", sector);
        fields.put("period", period);
        fields.put("eligibleCount", eligible);
        fields.put("participatingCount", participating);
        fields.put("verifiedCount", verified);
        fields.put("evidenceNote", note);
        fields.put("evidenceLinks[0].label", linkLabel);
        fields.put("evidenceLinks[0].url", linkUrl);

        FormLayout form = new FormLayout(measure, sector, period, eligible, participating, verified, note, linkLabel,
                linkUrl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(measure, 3);
        form.setColspan(note, 3);

        Button saveDraft = new Button("Save draft", click -> save(reporting::saveDraft, "Draft saved"));
        Button submit = new Button("Submit", click -> save(reporting::submit, "Submitted for review"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Ctrl+S keeps the figures as a draft, as a save does elsewhere; submitting stays a deliberate press
        SaveShortcut.on(saveDraft);
        outcome.getElement().setAttribute("role", "status");
        evidenceOnFile.setVisible(false);
        add(form, evidenceOnFile, new HorizontalLayout(saveDraft, submit), outcome);
    }

    /** Fills the form for one report, with the figures of its latest revision if there is one. */
    void load(String measureCode, String sectorId, String periodCode) {
        period.getListDataView().getItems().filter(p -> p.code().equals(periodCode)).findFirst().ifPresent(period::setValue);
        measure.getListDataView().getItems().filter(m -> m.code().equals(measureCode)).findFirst().ifPresent(measure::setValue);
        sector.getListDataView().getItems().filter(s -> s.id().equals(sectorId)).findFirst().ifPresent(sector::setValue);
        List<ReportRow> history = reporting.history(measureCode, sectorId, periodCode);
        showEvidence(history.isEmpty() ? List.of() : history.getFirst().evidenceLinks());
        if (!history.isEmpty()) {
            ReportRow latest = history.getFirst();
            eligible.setValue(latest.eligibleCount());
            participating.setValue(latest.participatingCount());
            verified.setValue(latest.verifiedCount());
            note.setValue(latest.evidenceNote() == null ? "" : latest.evidenceNote());
        }
        measure.focus();
    }

    /** The measures with the terms in force in the chosen period; the chosen measure stays if it still applies. */
    private void measuresOf(PeriodRow chosen) {
        String chosenMeasure = measure.getValue() == null ? null : measure.getValue().code();
        List<MeasureRow> applying = reporting.myMeasures(chosen == null ? null : chosen.code());
        measure.setItems(applying);
        applying.stream().filter(m -> m.code().equals(chosenMeasure)).findFirst().ifPresent(measure::setValue);
    }

    private void slotChanged() {
        if (measure.getValue() != null && sector.getValue() != null && period.getValue() != null) {
            onSlotChosen.accept(new ReportInput.Slot(measure.getValue().code(), sector.getValue().id(),
                    period.getValue().code()));
        }
    }

    private void save(Function<ReportInput, ReportRow> action, String done) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            ReportRow saved = action.apply(input());
            outcome.setText(done + ": revision " + saved.revision() + " of " + saved.measureCode() + " for "
                    + saved.sectorName() + ", " + saved.periodCode() + " (" + Labels.of(saved.status()).toLowerCase() + ").");
            linkLabel.clear();
            linkUrl.clear();
            showEvidence(saved.evidenceLinks());
            onSaved.accept(saved);
        } catch (ReportRejectedException rejected) {
            for (ReportViolation violation : rejected.violations()) {
                HasValidation field = fields.get(violation.field());
                if (field != null) {
                    field.setErrorMessage(violation.message());
                    field.setInvalid(true);
                }
            }
            outcome.setText("Not saved: " + rejected.violations().stream()
                    .map(violation -> labelOf(violation.field()) + " " + violation.message())
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    /** The label a person sees for a refused field; the report as a whole where no field is meant. */
    private String labelOf(String field) {
        return fields.get(field) instanceof HasLabel labelled ? labelled.getLabel() : "The report";
    }

    private void showEvidence(List<EvidenceLink> links) {
        evidenceOnFile.removeAll();
        evidenceOnFile.setVisible(!links.isEmpty());
        evidenceOnFile.add(new Span("Evidence links on file:"), EvidenceLinks.of(links));
    }

    private ReportInput input() {
        List<EvidenceLink> links = linkLabel.isEmpty() && linkUrl.isEmpty() ? List.of()
                : List.of(new EvidenceLink(linkLabel.getValue(), linkUrl.getValue()));
        return new ReportInput(measure.getValue() == null ? null : measure.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().id(),
                period.getValue() == null ? null : period.getValue().code(), eligible.getValue(),
                participating.getValue(), verified.getValue(), note.isEmpty() ? null : note.getValue(), links);
    }

    private static IntegerField count(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setRequiredIndicatorVisible(true);
        return field;
    }
}
