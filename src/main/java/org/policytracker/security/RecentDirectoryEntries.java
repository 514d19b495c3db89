package org.policytracker.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.policytracker.security.repository.AppUserRepository;
import org.springframework.stereotype.Component;

/**
 * The directory's entries of stateless API callers (people calling with a Keycloak bearer token or HTTP Basic),
 * read lately: a client calling many times a second has its standing checked against memory, not with a
 * database read per call. Kept for {@link ApiTokenCallers#REUSED_FOR} at most, and forgotten as soon as a
 * write of any directory entry commits on this node ({@link DirectoryEntryWrites}); another node's change is
 * seen within the same seconds, as for personal API tokens. Signed-in pages are not served from here: their
 * sessions are checked against the database on every request.
 */
@Component
class RecentDirectoryEntries {

    /** What the standing check compares with the caller's sign-in. */
    record Entry(boolean active, String tenantId, Set<Role> roles) {

        static Entry of(AppUser person) {
            return new Entry(person.isActive(), person.getTenantId(), person.getRoles());
        }

        boolean stands(TenantUser caller) {
            return active && Objects.equals(tenantId, caller.tenantId()) && roles.equals(caller.roles());
        }
    }

    private final AppUserRepository directory;
    private final KeptBriefly<String, Optional<Entry>> entries =
            new KeptBriefly<>(ApiTokenCallers.REUSED_FOR, ApiTokenCallers.CAPACITY);

    RecentDirectoryEntries(AppUserRepository directory) {
        this.directory = directory;
    }

    /** The person's entry as the database has it now (for a page's session). */
    Optional<Entry> current(String username) {
        return directory.findById(username).map(Entry::of);
    }

    /** The person's entry, possibly read a few seconds ago (for a stateless call); empty when not in the directory. */
    Optional<Entry> recent(String username) {
        return entries.get(username, this::current);
    }

    void forgetOnCommit() {
        entries.forgetOnCommit();
    }
}
