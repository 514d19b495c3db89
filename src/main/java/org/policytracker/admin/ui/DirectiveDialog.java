package org.policytracker.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policytracker.order.Basis;
import org.policytracker.order.DirectiveDeadline;
import org.policytracker.order.DirectiveKind;
import org.policytracker.order.OrderAdministration;
import org.policytracker.order.OrderAdministration.DirectiveInput;
import org.policytracker.order.OrderAdministration.DirectiveState;
import org.policytracker.order.OrderValidationException;
import org.policytracker.order.Priority;
import org.policytracker.order.StaleEditException;
import org.policytracker.tenant.Tenant;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.Labels;
import org.policytracker.ui.SaveShortcut;

/**
 * Enters or edits one directive of an order. The deadline is a date or a number of days after the
 * order's signing; for the latter the date it falls on is shown beside the field as it is typed.
 * Each refusal shows next to its field; nothing is saved until every rule holds.
 */
class DirectiveDialog extends Dialog {

    enum DeadlineMode {
        NONE("No deadline"), DATE("On a date"), DAYS_AFTER_SIGNING("Days after signing");

        final String label;

        DeadlineMode(String label) {
            this.label = label;
        }
    }

    /** What the form edits, bound field by field. */
    static final class Form {
        String code;
        String sectionRef;
        String title;
        String text;
        DirectiveKind kind = DirectiveKind.AGENCY_ACTION;
        Tenant lead;
        Set<Tenant> supporting = new LinkedHashSet<>();
        Priority priority = Priority.MEDIUM;
        DeadlineMode mode = DeadlineMode.NONE;
        LocalDate date;
        Integer days;
        Basis basis = Basis.STATED;
    }

    private final TextField code = new TextField("Code");
    private final TextField section = new TextField("Section of the order");
    private final TextField title = new TextField("Title");
    private final TextArea text = new TextArea("What the order says");
    private final ComboBox<DirectiveKind> kind = new ComboBox<>("Kind");
    private final ComboBox<Tenant> lead = new ComboBox<>("Lead agency");
    private final MultiSelectComboBox<Tenant> supporting = new MultiSelectComboBox<>("Supporting agencies");
    private final ComboBox<Priority> priority = new ComboBox<>("Priority");
    private final RadioButtonGroup<DeadlineMode> mode = new RadioButtonGroup<>("Deadline");
    private final DatePicker date = new IsoDatePicker("Deadline date");
    private final IntegerField days = new IntegerField("Number of days after signing");
    private final RadioButtonGroup<Basis> basis = new RadioButtonGroup<>("Basis of the deadline");
    private final Binder<Form> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** Says why a save was refused when someone else changed the directive since the dialog opened it. */
    private final Paragraph refused = new Paragraph();

    DirectiveDialog(OrderAdministration administration, String orderCode, LocalDate signedOn, DirectiveState editing,
            Consumer<DirectiveState> saved) {
        setHeaderTitle(editing == null ? "New directive of " + orderCode : "Directive " + orderCode + " " + editing.code());
        setWidth("44rem");
        setMaxWidth("100%");
        List<Tenant> agencies = administration.agencies();

        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(32);
        code.setHelperText("e.g. D4; unique in the order");
        section.setMaxLength(64);
        section.setHelperText("e.g. Sec. 4(b)");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        kind.setItems(DirectiveKind.values());
        kind.setItemLabelGenerator(Labels::of);
        lead.setItems(agencies);
        lead.setItemLabelGenerator(Tenant::getName);
        lead.setRequiredIndicatorVisible(true);
        supporting.setItems(agencies);
        supporting.setItemLabelGenerator(Tenant::getName);
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Labels::of);
        mode.setItems(DeadlineMode.values());
        mode.setItemLabelGenerator(m -> m.label);
        days.setMin(0);
        days.setMax(DirectiveDeadline.MAX_DAYS_AFTER_SIGNING);
        days.setStepButtonsVisible(true);
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(b -> b == Basis.STATED ? "Stated in the order" : "Assumed (the order states none)");

        mode.addValueChangeListener(change -> showDeadlineField(change.getValue()));
        days.setValueChangeMode(ValueChangeMode.EAGER);
        days.addValueChangeListener(change -> days.setHelperText(computed(change.getValue(), signedOn)));

        binder.forField(code).asRequired("Give the directive a code, e.g. D1").bind(f -> f.code, (f, v) -> f.code = v);
        binder.forField(section).bind(f -> f.sectionRef, (f, v) -> f.sectionRef = v);
        binder.forField(title).asRequired("Give the directive a title").bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(text).bind(f -> f.text, (f, v) -> f.text = v);
        binder.forField(kind).asRequired("Choose what the directive asks for").bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(lead).asRequired("Choose the agency that leads the directive").bind(f -> f.lead, (f, v) -> f.lead = v);
        binder.forField(supporting).withValidator((chosen, context) -> lead.getValue() != null && chosen.contains(lead.getValue())
                        ? ValidationResult.error(lead.getValue().getName() + " leads the directive: it cannot also support it")
                        : ValidationResult.ok())
                .bind(f -> f.supporting, (f, v) -> f.supporting = new LinkedHashSet<>(v));
        binder.forField(priority).asRequired("Choose a priority").bind(f -> f.priority, (f, v) -> f.priority = v);
        binder.forField(mode).asRequired("Choose how the deadline is given").bind(f -> f.mode, (f, v) -> f.mode = v);
        binder.forField(date).withValidator(value -> mode.getValue() != DeadlineMode.DATE || value != null,
                "Give the deadline date").bind(f -> f.date, (f, v) -> f.date = v);
        binder.forField(days).withValidator(value -> mode.getValue() != DeadlineMode.DAYS_AFTER_SIGNING || value != null,
                        "Give the number of days after signing")
                .withValidator(value -> value == null || value >= 0 && value <= DirectiveDeadline.MAX_DAYS_AFTER_SIGNING,
                        "Give a number of days from 0 to " + DirectiveDeadline.MAX_DAYS_AFTER_SIGNING)
                .bind(f -> f.days, (f, v) -> f.days = v);
        basis.setRequiredIndicatorVisible(true);
        binder.forField(basis).withValidator(value -> mode.getValue() == DeadlineMode.NONE || value != null,
                        "Say whether the deadline is stated in the order or assumed")
                .bind(f -> f.basis, (f, v) -> f.basis = v);

        fields.putAll(Map.of("code", code, "sectionRef", section, "title", title, "kind", kind, "leadAgency", lead,
                "supportingAgencies", supporting, "priority", priority, "deadline", mode,
                "deadline.daysAfterSigning", days, "deadlineBasis", basis));

        Form form = editing == null ? new Form() : form(editing, agencies);
        binder.readBean(form);
        showDeadlineField(form.mode);
        days.setHelperText(computed(form.days, signedOn));

        FormLayout layout = new FormLayout(code, section, title, text, kind, priority, lead, supporting, mode, date, days,
                basis);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(title, 2);
        layout.setColspan(text, 2);
        layout.setColspan(mode, 2);
        layout.setColspan(basis, 2);
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        add(layout, refused);

        Button save = new Button(editing == null ? "Add directive" : "Save directive", click -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                DirectiveInput input = input(form, editing == null ? null : editing.version());
                saved.accept(editing == null ? administration.addDirective(orderCode, input)
                        : administration.updateDirective(orderCode, editing.code(), input));
                close();
            } catch (OrderValidationException invalid) {
                invalid.fieldErrors().forEach((field, message) -> {
                    HasValidation component = fields.getOrDefault(field, title);
                    component.setErrorMessage(message);
                    component.setInvalid(true);
                });
            } catch (StaleEditException stale) {
                refused.setText(stale.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.in(this, save);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The field of the chosen way of giving the deadline; without a deadline there is no basis to give either. */
    private void showDeadlineField(DeadlineMode chosen) {
        date.setVisible(chosen == DeadlineMode.DATE);
        days.setVisible(chosen == DeadlineMode.DAYS_AFTER_SIGNING);
        boolean hasDeadline = chosen != DeadlineMode.NONE;
        basis.setEnabled(hasDeadline);
        basis.setHelperText(hasDeadline ? null : "Only a deadline has a basis");
        if (!hasDeadline) {
            basis.clear();
            basis.setInvalid(false);
        } else if (basis.isEmpty()) {
            basis.setValue(Basis.STATED);
        }
    }

    /** The date a deadline of {@code days} after signing falls on, in words for the field's helper text. */
    static String computed(Integer days, LocalDate signedOn) {
        if (days == null) {
            return "The date is computed from the order's signed date";
        }
        if (signedOn == null) {
            return "The order has no signed date yet: the date is computed once it is signed";
        }
        return "Falls on " + signedOn.plusDays(days) + " (signed " + signedOn + " + " + days + " days)";
    }

    private static Form form(DirectiveState state, List<Tenant> agencies) {
        Form form = new Form();
        form.code = state.code();
        form.sectionRef = state.sectionRef();
        form.title = state.title();
        form.text = state.text();
        form.kind = state.kind();
        form.lead = agencies.stream().filter(a -> a.getId().equals(state.leadAgency())).findFirst().orElse(null);
        agencies.stream().filter(a -> state.supportingAgencies().contains(a.getId())).forEach(form.supporting::add);
        form.priority = state.priority();
        form.mode = state.deadlineDaysAfterSigning() != null ? DeadlineMode.DAYS_AFTER_SIGNING
                : state.deadline() != null ? DeadlineMode.DATE : DeadlineMode.NONE;
        form.date = form.mode == DeadlineMode.DATE ? state.deadline() : null;
        form.days = state.deadlineDaysAfterSigning();
        form.basis = state.deadlineBasis();
        return form;
    }

    /** {@code openedVersion}: the version of the directive being edited, null when adding one. */
    private static DirectiveInput input(Form form, Long openedVersion) {
        DirectiveDeadline deadline = switch (form.mode) {
            case NONE -> DirectiveDeadline.none();
            case DATE -> DirectiveDeadline.onDate(form.date);
            case DAYS_AFTER_SIGNING -> DirectiveDeadline.daysAfterSigning(form.days);
        };
        return new DirectiveInput(form.code, form.sectionRef, form.title, form.text, form.kind,
                form.lead == null ? null : form.lead.getId(), form.supporting.stream().map(Tenant::getId).toList(),
                // the service keeps a basis with every directive: without a deadline, the order states none
                form.priority, deadline, form.mode == DeadlineMode.NONE ? Basis.STATED : form.basis, openedVersion);
    }
}
