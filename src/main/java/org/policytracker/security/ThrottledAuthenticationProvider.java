package org.policytracker.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the local login form and the API's HTTP Basic) guarded by the {@link SignInThrottle}:
 * a locked-out name or address is refused before the password is looked at, a wrong password is
 * answered after the throttle's growing delay. Unknown names and wrong passwords fail alike: the
 * delegate ({@code DaoAuthenticationProvider}) hashes a dummy password for an unknown name, so both
 * take about as long, and both end with the same {@link BadCredentialsException}.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        if (throttle.isLockedOut(username, address)) {
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            holdBack(throttle.failed(username, address));
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static void holdBack(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
