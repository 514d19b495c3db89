package org.policytracker.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.policytracker.admin.PeopleChanges;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.OwnPasswordForm;

/**
 * A signed-in person with a local sign-in (invited by an administrator) changes their own password: the
 * current one, the new one twice, the rules stated beside the field; recorded in the administration
 * history. Demo users' passwords live in realm-config/ and Keycloak users change theirs in Keycloak: the
 * page says so to them. (In admin, not security, because the history is a layer above security.)
 */
@Route("account/password")
@PageTitle("Change your password | Policy Tracker")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(PeopleChanges people, CurrentUser currentUser) {
        setMaxWidth("32rem");
        add(new H1("Change your password"));
        if (!(currentUser.require() instanceof LocalAccountUser)) {
            add(new Paragraph("Your password is not kept by Policy Tracker: demo users' passwords are set in "
                    + "realm-config/, and with Keycloak sign-in you change it in Keycloak's account console."));
            return;
        }
        Div result = new Div();
        result.getElement().setAttribute("role", "status");
        OwnPasswordForm form = new OwnPasswordForm("Current password", null, "Change password", (current, chosen) -> {
            result.removeAll();
            people.changeOwnPassword(current, chosen);
            result.add(new Paragraph("Your password is changed: use the new one from your next sign-in on."));
        });
        add(form, result);
    }
}
