package org.policytracker.collab;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.policytracker.security.TenantUser;

/** Who is looking at an item right now: avatars with names, and the names as text for screen readers. */
public class PresenceAvatars extends Div {

    private final PresenceService presence;
    private final ItemRef item;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();

    public PresenceAvatars(PresenceService presence, LiveUpdates live, ItemRef item, String tenantId, TenantUser me) {
        this.presence = presence;
        this.item = item;
        addClassName("presence");
        avatars.setMaxItemsVisible(6);
        avatars.setWidth("auto");
        add(avatars, names);
        // following first, so that someone arriving between this view's first reading and its subscription is seen
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.PRESENCE && event.item().equals(item),
                event -> refresh());
        LiveUpdates.whileAttached(this, ui -> {
            AutoCloseable visit = presence.enter(item, tenantId, me);
            refresh();
            return visit;
        });
    }

    private void refresh() {
        List<PresenceService.Viewer> viewers = presence.viewers(item);
        avatars.setItems(viewers.stream().map(viewer -> new AvatarGroup.AvatarGroupItem(viewer.displayName()))
                .toList());
        names.setText("Viewing now: " + viewers.stream().map(PresenceService.Viewer::displayName)
                .collect(Collectors.joining(", ")));
    }
}
