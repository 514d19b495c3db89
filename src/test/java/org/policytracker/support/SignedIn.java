package org.policytracker.support;

import java.util.function.Supplier;
import org.policytracker.security.DemoUser;
import org.policytracker.security.DemoUserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs test code as one of the demo users of the realm export, as a signed-in request would. */
@Component
public class SignedIn {

    private final DemoUserDirectory users;

    SignedIn(DemoUserDirectory users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        DemoUser user = users.find(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
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
