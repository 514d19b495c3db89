package org.policytracker.collab;

import java.time.Instant;

/**
 * Something happened to an item that open views may need to show. {@code tenantId} is the tenant
 * that owns the item (null for shared reference data such as directives); {@code recipient} is set
 * for events meant for one person only (a notification); {@code item} is null for a scheduled job's notice,
 * which is about a page, not an item.
 */
public record ChangeEvent(Kind kind, ItemRef item, String tenantId, Long directiveId, String actor, String summary,
        String recipient, Instant at) {

    public enum Kind {
        /** The item's values changed. */
        UPDATED,
        /** Someone commented on the item. */
        COMMENTED,
        /** One user got a notification. */
        NOTIFIED,
        /** Who is viewing the item changed. */
        PRESENCE
    }
}
