package org.policytracker.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The current password and a new one twice, the rules stated beside the new one, each refusal under its
 * field: the form of the first sign-in's "Set your password" and of "Change your password" (admin), published
 * here like collab's notification bell.
 */
public class OwnPasswordForm extends VerticalLayout {

    /** Sets the new password; refuses with {@link PersonRefusedException} naming "currentPassword" or the new one. */
    @FunctionalInterface
    public interface PasswordChange {
        void change(String currentPassword, String newPassword);
    }

    private final PasswordField current;
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");

    public OwnPasswordForm(String currentLabel, String currentHelper, String buttonText, PasswordChange change) {
        setPadding(false);
        current = new PasswordField(currentLabel);
        current.setHelperText(currentHelper);
        chosen.setHelperText(LocalAccounts.PASSWORD_RULES);
        for (PasswordField field : fields()) {
            field.setRequired(true);
            field.setWidthFull();
        }
        Button save = new Button(buttonText, click -> save(change));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(current, chosen, repeated, save);
    }

    private void save(PasswordChange change) {
        for (PasswordField field : fields()) {
            field.setInvalid(false);
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords differ");
            repeated.setInvalid(true);
            return;
        }
        try {
            change.change(current.getValue(), chosen.getValue());
            for (PasswordField field : fields()) {
                field.clear(); // no password stays on the page once it is set
            }
        } catch (PersonRefusedException refused) {
            PasswordField field = "currentPassword".equals(refused.field()) ? current : chosen;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }

    private PasswordField[] fields() {
        return new PasswordField[] {current, chosen, repeated};
    }
}
