package org.policytracker.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.policytracker.ui.Timestamps;

/** The bell in the header: unread count, the latest notifications, mark as read. Updates live. */
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();

    public NotificationBell(NotificationService notifications, LiveUpdates live) {
        this.notifications = notifications;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(click -> openList());
        count.addClassName("unread-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(bell, count);
        refresh();
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.NOTIFIED, event -> refresh());
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel("Notifications, " + unread + " unread");
        bell.setTooltipText(unread + " unread notifications");
    }

    private void openList() {
        Dialog list = new Dialog();
        list.setHeaderTitle("Notifications");
        var latest = notifications.latest();
        if (latest.isEmpty()) {
            list.add(new Paragraph("No notifications yet. You get one when someone mentions you in a comment, "
                    + "asks you for an update or a reminder is due (as you chose under Preferences)."));
        }
        for (Notification notification : latest) {
            Button open = new Button(notification.getMessage(), click -> {
                notifications.markRead(notification.getId());
                list.close();
                refresh();
                UI.getCurrent().navigate(notifications.addressOf(notification));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (!notification.isRead()) {
                open.addClassName("unread");
            }
            Span when = new Span(Timestamps.format(notification.getCreatedAt())
                    + (notification.isRead() ? "" : " · unread"));
            when.addClassName("notification-when");
            list.add(new Div(open, when));
        }
        Button markAll = new Button("Mark all as read", click -> {
            notifications.markAllRead();
            list.close();
            refresh();
        });
        list.getFooter().add(new Button("Close", click -> list.close()), markAll);
        list.open();
    }
}
