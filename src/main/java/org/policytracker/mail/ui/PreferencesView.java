package org.policytracker.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.policytracker.mail.Channel;
import org.policytracker.mail.DeliveryPreference;
import org.policytracker.mail.DeliveryPreferences;
import org.policytracker.mail.MessageKind;
import org.policytracker.ui.SaveShortcut;

/** The signed-in person chooses, per kind of message, in the app, by e-mail or off, and the digest's day. */
@Route("preferences")
@Menu(title = "Notification preferences", order = 8.5, icon = "vaadin:envelope")
@PageTitle("Notification preferences | Policy Tracker")
@PermitAll
public class PreferencesView extends VerticalLayout {

    PreferencesView(DeliveryPreferences preferences) {
        DeliveryPreference mine = preferences.mine();
        add(new H1("Notification preferences"), new Paragraph("How you receive each kind of message. "
                + "Every e-mail also carries a link that stops its kind with one click."));
        Map<MessageKind, RadioButtonGroup<Channel>> channels = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            RadioButtonGroup<Channel> choice = new RadioButtonGroup<>(kind.label());
            choice.setHelperText("For " + kind.description() + ".");
            choice.setItems(Channel.values());
            choice.setItemLabelGenerator(Channel::label);
            choice.setValue(mine.channelOf(kind));
            choice.setRequired(true);
            channels.put(kind, choice);
            add(choice);
        }
        Select<DayOfWeek> digestDay = new Select<>();
        digestDay.setLabel("Day of the weekly digest");
        digestDay.setItems(DayOfWeek.values());
        digestDay.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        digestDay.setValue(mine.getDigestDay());
        Checkbox digestPdf = new Checkbox("Attach the gap dashboard as a PDF to the digest", mine.isDigestPdf());
        add(digestDay, digestPdf);
        Button save = new Button("Save", click -> {
            Map<MessageKind, Channel> chosen = new EnumMap<>(MessageKind.class);
            channels.forEach((kind, choice) -> chosen.put(kind, choice.getValue()));
            preferences.chooseMine(chosen, digestDay.getValue(), digestPdf.getValue());
            Notification.show("Preferences saved");
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        SaveShortcut.on(save);
        add(save);
    }
}
