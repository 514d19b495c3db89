package org.policytracker.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/**
 * What the administration pages share: a refusal of the service shown next to the field it names
 * (or, for a field the page has no input for, as a notice), and dates entered as ISO dates.
 */
final class AdminForms {

    private AdminForms() {
    }

    /** Shows the service's reason next to its field; a field without an input on the page: a notice. */
    static void showRefusal(Map<String, ? extends HasValidation> fields, String field, String reason) {
        HasValidation input = fields.get(field);
        if (input != null) {
            input.setErrorMessage(reason);
            input.setInvalid(true);
        } else {
            Notification notice = Notification.show(reason, 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Where a refused deletion says why, beside its button; read out when it changes. */
    static Paragraph refusalNotice() {
        Paragraph notice = new Paragraph();
        notice.getElement().setAttribute("role", "alert");
        notice.getStyle().set("color", "var(--lumo-error-text-color)");
        return notice;
    }

    static void saved(String message) {
        Notification notice = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
