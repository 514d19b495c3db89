package org.policytracker.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policytracker.security.repository.AppUserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of people the application knows (everyone who has signed in, and the demo users):
 * task owners and the people a comment may mention are chosen from it.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final AppUserRepository users;

    People(AppUserRepository users) {
        this.users = users;
    }

    public List<AppUser> everyone() {
        return users.findAll();
    }

    /** One person by username, e.g. a message's recipient (with their e-mail address, if known). */
    public Optional<AppUser> find(String username) {
        return users.findById(username);
    }

    /**
     * The display names of the given usernames, read at once for a list that shows people; a username
     * the directory does not know (a job, a deleted account) is missing from the map.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        return users.findAllById(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    /** The name a person is known by; the username itself when the directory does not know it (a job). */
    public String displayName(String username) {
        return find(username).map(AppUser::getDisplayName).orElse(username);
    }

    /** The people of one tenant, by display name. */
    public List<AppUser> ofTenant(String tenantId) {
        return users.findByTenantIdOrderByDisplayName(tenantId);
    }
}
