package org.policytracker.audit;

import java.time.Clock;
import java.util.List;
import org.policytracker.audit.repository.SignInEventRepository;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.SignInLockedOut;
import org.springframework.data.domain.Limit;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of sign-in events, from Spring Security's own events: interactive sign-ins (the login
 * form, Keycloak), failures (wrong password, unknown name, refused while locked out; also the API's
 * HTTP Basic), sign-outs, and the throttle's lockouts. Each is stored at once, stamped with the
 * application's clock; only administrators read them.
 */
@Service
public class SignInAudit {

    private final SignInEventRepository events;
    private final Clock clock;
    private final CurrentUser currentUser;

    SignInAudit(SignInEventRepository events, Clock clock, CurrentUser currentUser) {
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        record(SignInEventKind.SUCCESS, event.getAuthentication());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getException() instanceof LockedException ? SignInEventKind.REFUSED_LOCKED_OUT
                : SignInEventKind.FAILURE, event.getAuthentication());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedOut(LogoutSuccessEvent event) {
        record(SignInEventKind.LOGOUT, event.getAuthentication());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lockedOut(SignInLockedOut event) {
        events.save(new SignInEvent(clock.instant(), SignInEventKind.LOCKOUT, event.username(), event.address()));
    }

    /** The latest events, newest first. */
    @Transactional(readOnly = true)
    public List<SignInEvent> latest(int count) {
        requireAdministrator();
        return events.findByOrderByOccurredAtDescIdDesc(Limit.of(count));
    }

    /** The latest events of one sign-in name, newest first. */
    @Transactional(readOnly = true)
    public List<SignInEvent> latestOf(String username, int count) {
        requireAdministrator();
        return events.findByUsernameOrderByOccurredAtDescIdDesc(username, Limit.of(count));
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators read the sign-in audit");
        }
    }

    private void record(SignInEventKind kind, Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        events.save(new SignInEvent(clock.instant(), kind, authentication.getName(), address));
    }
}
