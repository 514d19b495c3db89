package org.policytracker.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.UnsubscribeLinks;

/**
 * The page an e-mail's unsubscribe line opens, without signing in: it names what it stops and stops it
 * with one click (not on opening, so a mail scanner that follows links changes nothing).
 */
@Route(value = "unsubscribe", autoLayout = false)
@PageTitle("Unsubscribe | Policy Tracker")
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements HasUrlParameter<String> {

    private final DeliveryPreferences preferences;
    private final UnsubscribeLinks links;

    UnsubscribeView(DeliveryPreferences preferences, UnsubscribeLinks links) {
        this.preferences = preferences;
        // the page has no frame: the view itself is its one main landmark
        getElement().setAttribute("role", "main");
        this.links = links;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1("Unsubscribe"));
        links.verify(token).ifPresentOrElse(subscription -> {
            Paragraph what = new Paragraph("Stop e-mail of the kind \"" + subscription.kind().label() + "\" ("
                    + subscription.kind().description() + ") for " + subscription.username()
                    + "? They stay in the app; your other e-mail does not change.");
            Button stop = new Button("Stop these e-mails");
            stop.addThemeVariants(ButtonVariant.PRIMARY);
            stop.addClickListener(click -> {
                preferences.unsubscribe(token);
                removeAll();
                add(new H1("Unsubscribed"), new Paragraph("You no longer receive \""
                        + subscription.kind().label() + "\" by e-mail. Signed in, you can change this under"
                        + " Notification preferences."));
            });
            add(what, stop);
        }, () -> add(new Paragraph("This unsubscribe link is not valid: it was altered or cut short. "
                + "Sign in and choose under Notification preferences instead.")));
    }
}
