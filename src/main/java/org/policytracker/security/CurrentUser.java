package org.policytracker.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request (or Vaadin UI access). */
@Component
public class CurrentUser {

    public Optional<TenantUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public TenantUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** Whether the signed-in user reads across every tenant: an oversight viewer or an administrator. */
    public boolean readsAcrossTenants() {
        return get().map(TenantUser::readsAcrossTenants).orElse(false);
    }

    public boolean hasAnyRole(Role... roles) {
        return get().map(user -> Arrays.stream(roles).anyMatch(user::hasRole)).orElse(false);
    }
}
