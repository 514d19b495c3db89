package org.policytracker.audit;

import java.util.function.Supplier;
import org.policytracker.security.TenantUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who a write is attributed to: the signed-in user, or a named system job. */
public final class Actor {

    private static final ThreadLocal<String> SYSTEM_ACTOR = new ThreadLocal<>();

    private Actor() {
    }

    public static String current() {
        String system = SYSTEM_ACTOR.get();
        if (system != null) {
            return system;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser user) {
            return user.username();
        }
        if (authentication != null && authentication.isAuthenticated()) {
            return authentication.getName();
        }
        throw new IllegalStateException("A write without a signed-in user or a named system job cannot be attributed");
    }

    /** Runs a system job whose writes are attributed to the given name (e.g. "system:demo-data"). */
    public static <T> T callAs(String systemActor, Supplier<T> work) {
        String previous = SYSTEM_ACTOR.get();
        SYSTEM_ACTOR.set(systemActor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_ACTOR.remove();
            } else {
                SYSTEM_ACTOR.set(previous);
            }
        }
    }
}
