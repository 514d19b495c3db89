package org.policytracker.support;

import java.util.function.Supplier;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.security.PasswordSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs test code as a signed-in request would: as one of the demo users of the realm export, or another person. */
@Component
public class SignedIn {

    private final DemoUserDirectory users;

    SignedIn(DemoUserDirectory users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        return as(users.find(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username)), work);
    }

    /** Runs test code as this person of the local login (a demo user or an invited person). */
    public <T> T as(PasswordSignIn user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
