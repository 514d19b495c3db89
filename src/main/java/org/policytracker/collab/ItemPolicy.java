package org.policytracker.collab;

import java.util.Set;
import org.policytracker.security.AppUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;

/**
 * Who may see and who may review an item (a task, a directive, a participation report): the one
 * access policy that comments, mentions, live updates, the activity feed and report review ask.
 * <ul>
 * <li>see: everyone for shared items; else the owning tenant's people, oversight viewers and
 * administrators (who read across tenants), and the program managers of the agency that reviews
 * the item;</li>
 * <li>review (accept or send back another tenant's item): administrators and the program managers
 * of the reviewing agency. Oversight viewers read but never review; the data layer refuses their
 * writes besides ({@code audit.ReadOnlyViewerGuard}).</li>
 * </ul>
 * A feature first finds the item the way its own pages do (its {@link ItemResolver}); this policy
 * then decides, so a rule is never written twice.
 */
public final class ItemPolicy {

    private ItemPolicy() {
    }

    public static boolean maySee(TenantUser user, ItemOwnership item) {
        return maySee(user.tenantId(), user.roles(), item);
    }

    /** The same rule for a person of the directory who is not signed in (whom a comment may mention). */
    public static boolean maySee(AppUser person, ItemOwnership item) {
        return maySee(person.getTenantId(), person.getRoles(), item);
    }

    public static boolean mayReview(TenantUser user, ItemOwnership item) {
        return user.hasRole(Role.ADMIN) || reviews(user.tenantId(), user.roles(), item);
    }

    /**
     * Whether the user sees the items of every tenant, not only those of their own: how a list of
     * items filters them in its query (the activity feed) rather than one by one.
     */
    public static boolean seesEveryTenant(TenantUser user) {
        return user.readsAcrossTenants();
    }

    private static boolean maySee(String tenantId, Set<Role> roles, ItemOwnership item) {
        return item.tenantId() == null || item.tenantId().equals(tenantId) || Role.readAcrossTenants(roles)
                || reviews(tenantId, roles, item);
    }

    private static boolean reviews(String tenantId, Set<Role> roles, ItemOwnership item) {
        return roles.contains(Role.PROGRAM_MANAGER) && tenantId != null && tenantId.equals(item.reviewingAgency());
    }
}
