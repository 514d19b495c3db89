package org.policytracker.tenant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.repository.TenantRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators create organisations (agencies, sector associations, oversight bodies), rename them
 * (name, acronym, the aliases order texts use), deactivate and reactivate them. Deactivation keeps
 * every row of the organisation; its members are refused sign-in and a signed-in member's session
 * ends ({@link org.policytracker.security.KnownTenants}). Every change is published as an
 * {@link OrganisationChanged} inside its transaction, for the administration history.
 */
@Service
public class OrganisationAdministration {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** The kinds administrators create; the operator organisation comes with the deployment. */
    public static final List<TenantKind> KINDS = List.of(TenantKind.AGENCY, TenantKind.ASSOCIATION,
            TenantKind.OVERSIGHT);

    private final TenantRepository tenants;
    private final TenantService admissions;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    OrganisationAdministration(TenantRepository tenants, TenantService admissions, ApplicationEventPublisher events,
            CurrentUser currentUser) {
        this.tenants = tenants;
        this.admissions = admissions;
        this.events = events;
        this.currentUser = currentUser;
    }

    public record OrganisationInput(String id, TenantKind kind, String name, String acronym, Set<String> aliases) {
    }

    public record OrganisationState(String id, TenantKind kind, String name, String acronym, List<String> aliases,
            boolean active) {
        static OrganisationState of(Tenant tenant) {
            return new OrganisationState(tenant.getId(), tenant.getKind(), tenant.getName(), tenant.getAcronym(),
                    tenant.getAliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), tenant.isActive());
        }
    }

    @Transactional(readOnly = true)
    public List<OrganisationState> all() {
        requireAdministrator();
        return tenants.findAllByOrderByKindAscNameAsc().stream().map(OrganisationState::of).toList();
    }

    @Transactional
    public OrganisationState create(OrganisationInput input) {
        requireAdministrator();
        String id = input.id() == null ? "" : input.id().strip();
        if (!ID.matcher(id).matches()) {
            throw AdministrativeChangeRefused.invalid("id", "must be 1-64 lower-case letters, digits or hyphens, "
                    + "starting with a letter or digit");
        }
        if (input.kind() == null || !KINDS.contains(input.kind())) {
            throw AdministrativeChangeRefused.invalid("kind", "must be an agency, a sector association or an oversight body");
        }
        if (tenants.existsById(id)) {
            throw AdministrativeChangeRefused.conflict("id", "organisation '" + id + "' already exists");
        }
        Tenant tenant = new Tenant(id, input.kind(), name(input));
        tenant.rename(name(input), acronym(input), aliases(input));
        OrganisationState after = OrganisationState.of(tenants.save(tenant));
        events.publishEvent(new OrganisationChanged(id, "created", null, after));
        return after;
    }

    /** Changes the name, acronym and aliases; the id (the tenant of every row and sign-in) stays. */
    @Transactional
    public OrganisationState rename(String id, OrganisationInput input) {
        requireAdministrator();
        Tenant tenant = tenant(id);
        OrganisationState before = OrganisationState.of(tenant);
        tenant.rename(name(input), acronym(input), aliases(input));
        return changed(tenant, "renamed", before);
    }

    @Transactional
    public OrganisationState deactivate(String id) {
        requireAdministrator();
        Tenant tenant = tenant(id);
        if (tenant.getKind() == TenantKind.OPERATOR) {
            throw AdministrativeChangeRefused.conflict("id", "the operator organisation runs the deployment and stays active");
        }
        OrganisationState before = OrganisationState.of(tenant);
        tenant.setActive(false);
        forgetAdmissionOnCommit(id);
        return changed(tenant, "deactivated", before);
    }

    @Transactional
    public OrganisationState reactivate(String id) {
        requireAdministrator();
        Tenant tenant = tenant(id);
        OrganisationState before = OrganisationState.of(tenant);
        tenant.setActive(true);
        forgetAdmissionOnCommit(id);
        return changed(tenant, "reactivated", before);
    }

    private OrganisationState changed(Tenant tenant, String action, OrganisationState before) {
        OrganisationState after = OrganisationState.of(tenant);
        if (!after.equals(before)) {
            events.publishEvent(new OrganisationChanged(tenant.getId(), action, before, after));
        }
        return after;
    }

    /** After the commit, so that no request in between caches the old state again. */
    private void forgetAdmissionOnCommit(String id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                admissions.forget(id);
            }
        });
    }

    private Tenant tenant(String id) {
        return tenants.findById(id).orElseThrow(() -> AdministrativeChangeRefused.notFound("id", "no organisation '" + id + "'"));
    }

    private static String name(OrganisationInput input) {
        if (input.name() == null || input.name().isBlank()) {
            throw AdministrativeChangeRefused.invalid("name", "is required");
        }
        if (input.name().strip().length() > 200) {
            throw AdministrativeChangeRefused.invalid("name", "must be at most 200 characters");
        }
        return input.name().strip();
    }

    private static String acronym(OrganisationInput input) {
        String acronym = input.acronym() == null || input.acronym().isBlank() ? null : input.acronym().strip();
        if (acronym != null && acronym.length() > 32) {
            throw AdministrativeChangeRefused.invalid("acronym", "must be at most 32 characters");
        }
        return acronym;
    }

    private static Set<String> aliases(OrganisationInput input) {
        Set<String> aliases = new LinkedHashSet<>();
        for (String alias : input.aliases() == null ? Set.<String>of() : input.aliases()) {
            if (alias == null || alias.isBlank()) {
                continue;
            }
            if (alias.strip().length() > 200) {
                throw AdministrativeChangeRefused.invalid("aliases", "each alias must be at most 200 characters");
            }
            aliases.add(alias.strip());
        }
        return aliases;
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change organisations");
        }
    }
}
