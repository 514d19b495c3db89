package org.policytracker.collab;

/**
 * Whose an item is, as the access policy ({@link ItemPolicy}) needs it: the tenant that owns it
 * ({@code null} for shared reference data such as directives) and the agency whose program managers
 * review it ({@code null} when nobody outside the owner reviews it; a report's lead agency).
 */
public record ItemOwnership(String tenantId, String reviewingAgency) {

    /** An item no other agency reviews: seen by its owner (and whoever reads across tenants), or shared when null. */
    public static ItemOwnership ownedBy(String tenantId) {
        return new ItemOwnership(tenantId, null);
    }
}
