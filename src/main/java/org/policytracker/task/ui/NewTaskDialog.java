package org.policytracker.task.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskRules;
import org.policytracker.task.TaskValidationException;
import org.policytracker.ui.IsoDatePicker;

/** Asks for the directive, title, due date and owner of a new task, then opens it in the editor. */
class NewTaskDialog extends Dialog {

    /** {@code creator}: the program manager creating the task, its owner unless they choose another. */
    NewTaskDialog(TaskCommands tasks, List<DirectiveRow> directives, List<TaskQueries.Owner> owners, String creator) {
        setHeaderTitle("New task");
        ComboBox<DirectiveRow> directive = new ComboBox<>("Directive it carries out", directives);
        directive.setItemLabelGenerator(row -> row.orderCode() + " " + row.code() + " — " + row.title());
        directive.setRequiredIndicatorVisible(true);
        TextField title = new TextField("Title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        DatePicker due = new IsoDatePicker("Due date");
        ComboBox<TaskQueries.Owner> owner = new ComboBox<>("Owner", owners);
        owner.setItemLabelGenerator(TaskQueries.Owner::displayName);
        owner.setHelperText("Who carries the task out: you, unless you choose another program manager of your agency");
        owners.stream().filter(candidate -> candidate.username().equals(creator)).findFirst().ifPresent(owner::setValue);
        FormLayout form = new FormLayout(directive, title, due, owner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button create = new Button("Create and open", click -> {
            if (directive.isEmpty()) {
                directive.setInvalid(true);
                directive.setErrorMessage("Choose the directive this task carries out");
                return;
            }
            try {
                long id = tasks.create(directive.getValue().id(), title.getValue(), due.getValue(),
                        owner.getOptionalValue().map(TaskQueries.Owner::username).orElse(null));
                close();
                UI.getCurrent().navigate(TaskEditorView.class, new RouteParameters("id", String.valueOf(id)));
            } catch (TaskValidationException invalid) {
                String directiveError = invalid.fieldErrors().get(TaskRules.DIRECTIVE);
                directive.setInvalid(directiveError != null);
                directive.setErrorMessage(directiveError);
                String titleError = invalid.fieldErrors().get(TaskRules.TITLE);
                title.setInvalid(titleError != null);
                title.setErrorMessage(titleError);
                String ownerError = invalid.fieldErrors().get(TaskRules.OWNER);
                owner.setInvalid(ownerError != null);
                owner.setErrorMessage(ownerError);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
