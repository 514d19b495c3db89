package org.policytracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.policytracker.task.TaskCommands.BulkChange;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskConflictException;
import org.policytracker.task.TaskQueries.Owner;
import org.policytracker.task.TaskStatus;
import org.policytracker.task.TaskValidationException;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.Labels;

/** Sets status, owner or due date on all selected tasks at once; all are saved or none. */
class BulkUpdateDialog extends Dialog {

    BulkUpdateDialog(TaskCommands tasks, List<Owner> owners, List<Long> taskIds, Runnable afterUpdate) {
        setHeaderTitle("Update " + taskIds.size() + (taskIds.size() == 1 ? " task" : " tasks"));
        ComboBox<TaskStatus> status = new ComboBox<>("New status", TaskStatus.values());
        status.setItemLabelGenerator(Labels::of);
        status.setClearButtonVisible(true);
        TextArea reason = new TextArea("Reason (needed for at risk or blocked)");
        ComboBox<Owner> owner = new ComboBox<>("New owner", owners);
        owner.setItemLabelGenerator(Owner::displayName);
        owner.setClearButtonVisible(true);
        DatePicker due = new IsoDatePicker("New due date");
        due.setClearButtonVisible(true);
        Paragraph problems = new Paragraph();
        problems.addClassName("form-error");
        problems.setVisible(false);
        FormLayout form = new FormLayout(status, reason, owner, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Leave a value empty to keep it as it is on each task."), form, problems);

        Button apply = new Button("Apply to all", click -> {
            try {
                int updated = tasks.bulkUpdate(taskIds, new BulkChange(status.getValue(),
                        reason.getValue(), owner.getOptionalValue().map(Owner::username).orElse(null),
                        due.getValue()));
                close();
                afterUpdate.run();
                Notification.show("Updated " + updated + (updated == 1 ? " task" : " tasks"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (TaskValidationException invalid) {
                problems.setText("Nothing was changed. " + String.join(" ", invalid.fieldErrors().values()));
                problems.setVisible(true);
            } catch (TaskConflictException conflict) {
                problems.setText("Nothing was changed: " + conflict.getMessage() + ". Close and try again.");
                problems.setVisible(true);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }
}
