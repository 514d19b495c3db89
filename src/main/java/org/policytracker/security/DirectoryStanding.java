package org.policytracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.policytracker.security.repository.LocalAccountRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a person whose directory entry no longer matches their sign-in: deactivated,
 * given another role or organisation, or (local sign-in) invited again by an administrator. It runs on every authenticated request, before
 * authorization: the request goes on as anonymous (the web sends them to sign in, the API answers 401),
 * and signing in again gives the new role and organisation, or nothing to a deactivated person.
 * People the directory does not hold (e.g. an association system's service account) are left alone, and so
 * are callers with a personal API token: its authentication read them from the directory, or from memory
 * that every change of their entry on this node clears ({@link ApiTokenCallers}). A stateless call (a bearer
 * token, HTTP Basic) is checked against the entry as read in the last seconds ({@link RecentDirectoryEntries}),
 * which a change on this node also clears; a page's session against the database on every request.
 */
final class DirectoryStanding extends OncePerRequestFilter {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(2);
    private static final String UNCHECKED_UNTIL = DirectoryStanding.class.getName() + ".uncheckedUntil";

    private final RecentDirectoryEntries directory;
    private final LocalAccountRepository accounts;

    DirectoryStanding(RecentDirectoryEntries directory, LocalAccountRepository accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser person
                && !(person instanceof ApiTokenUser) && dueForCheck(request.getSession(false)) && noLongerStands(person, request.getSession(false))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Every request is checked, but for {@link #RECHECK_AFTER} after the database failed to answer one of the
     * session's checks: a page's burst of requests during an outage then waits for the database once, not once
     * each. A stateless request is always checked. Elapsed time, not the application's clock, which tests fix.
     */
    private static boolean dueForCheck(HttpSession session) {
        return session == null || !(session.getAttribute(UNCHECKED_UNTIL) instanceof Long until)
                || System.nanoTime() - until >= 0;
    }

    private boolean noLongerStands(TenantUser person, HttpSession session) {
        try {
            // a page's session against the database now; a stateless call against what it said in the last seconds
            return (session == null ? directory.recent(person.username()) : directory.current(person.username()))
                    .filter(entry -> !entry.stands(person)).isPresent()
                    || person instanceof LocalAccountUser invited && invitedAgain(invited);
        } catch (DataAccessException | TransactionException databaseDown) {
            if (session == null) {
                throw databaseDown; // a stateless API call is answered 503 at once (database.DatabaseUnavailable)
            }
            // a page's request goes on to meet the outage where the application explains it (its own page)
            session.setAttribute(UNCHECKED_UNTIL, System.nanoTime() + RECHECK_AFTER.toNanos());
            return false;
        }
    }

    /** An invited person whose session holds their own password, while their account now waits for a new one. */
    private boolean invitedAgain(LocalAccountUser person) {
        return !person.passwordChangeRequired()
                && accounts.findById(person.username()).filter(LocalAccount::isPasswordChangeRequired).isPresent();
    }
}
