package org.policytracker.collab;

/**
 * Published (as a Spring application event) by a feature inside the transaction that changed one of
 * its items; collaboration puts it into the activity feed and tells open views once it commits.
 * {@code name} is how the feed names the item, e.g. {@code task "Publish guidance"}.
 */
public record ItemChanged(ItemRef item, String tenantId, Long directiveId, String name, String actor,
        String summary) {
}
