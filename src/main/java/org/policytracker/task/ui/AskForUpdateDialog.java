package org.policytracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskUpdateRequest;
import org.policytracker.task.TaskUpdateRequests;
import org.policytracker.task.UpdateRequestRefusedException;

/** Asks a task's owner for an update, with an optional message; a refusal is shown in the dialog. */
class AskForUpdateDialog extends Dialog {

    AskForUpdateDialog(TaskUpdateRequests requests, TaskRow task, Runnable asked) {
        setHeaderTitle("Ask for an update");
        String owner = task.ownerName().isEmpty() ? task.ownerUsername() : task.ownerName();
        TextArea message = new TextArea("Message to " + owner + " (optional)");
        message.setMaxLength(TaskUpdateRequest.MAX_MESSAGE_LENGTH);
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.setHelperText("At most " + TaskUpdateRequest.MAX_MESSAGE_LENGTH + " characters");
        message.setWidthFull();
        Paragraph refusal = new Paragraph();
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(new Paragraph(owner + " is notified; the request shows on the task until a progress update answers it."),
                message, refusal);

        Button send = new Button("Send request", click -> {
            try {
                requests.ask(task.id(), message.getValue());
                close();
                asked.run();
                Notification.show("Update request sent to " + owner).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UpdateRequestRefusedException refused) {
                if ("message".equals(refused.field())) {
                    message.setErrorMessage(refused.getMessage());
                    message.setInvalid(true);
                } else {
                    refusal.setText(refused.getMessage());
                    refusal.setVisible(true);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, send);
        setWidth("min(36rem, 95vw)");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                message.focus();
            }
        });
    }
}
