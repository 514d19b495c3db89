package org.policytracker.tenant;

/**
 * An administrator created, renamed, deactivated or reactivated an organisation. Published inside the
 * change's transaction and heard there (the audit module records it in the administration history),
 * so that this module, below audit, needs nothing of it.
 */
public record OrganisationChanged(String id, String action, OrganisationAdministration.OrganisationState before,
        OrganisationAdministration.OrganisationState after) {
}
