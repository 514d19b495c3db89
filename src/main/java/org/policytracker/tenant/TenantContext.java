package org.policytracker.tenant;

import java.util.Optional;
import java.util.function.Supplier;
import org.policytracker.security.TenantUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which tenant's rows the data layer may touch on this thread: the signed-in user's tenant, or an
 * explicit scope set by {@link #callAs}. With neither, no tenant-owned row is visible. Hibernate
 * reads it when a session opens, so scopes are set before a transaction starts. Only this module
 * switches the scope, through {@link TenantTransactions} (for the demo-data loader, report review
 * and {@link CrossTenantReader}); {@code TenantScopeArchitectureTest} checks it.
 */
public final class TenantContext {

    /** Every tenant: only ever used inside read-only transactions. */
    public static final String ALL_TENANTS = "*";
    /** No tenant: matches no tenant-owned row. */
    public static final String NO_TENANT = "-";

    private static final ThreadLocal<String> SCOPE = new ThreadLocal<>();

    private TenantContext() {
    }

    public static String currentTenantId() {
        String scoped = SCOPE.get();
        if (scoped != null) {
            return scoped;
        }
        return signedInUser().map(TenantUser::tenantId).orElse(NO_TENANT);
    }

    /** Runs work with the data layer scoped to the given tenant. */
    static <T> T callAs(String tenantId, Supplier<T> work) {
        String previous = SCOPE.get();
        SCOPE.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(previous);
            }
        }
    }

    static Optional<TenantUser> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
