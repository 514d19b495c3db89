package org.policytracker.collab;

/**
 * An item as collaboration needs it: owning tenant (null when shared), the agency whose program
 * managers review it (reports only, else null), directive (null when it has none), title.
 */
public record ResolvedItem(ItemRef ref, String tenantId, String reviewingAgency, Long directiveId, String title) {

    public ResolvedItem(ItemRef ref, String tenantId, Long directiveId, String title) {
        this(ref, tenantId, null, directiveId, title);
    }

    /** Whose the item is, for the access policy. */
    public ItemOwnership ownership() {
        return new ItemOwnership(tenantId, reviewingAgency);
    }
}
