package org.policytracker.security;

/** Whom an administrator invites: a new person of one organisation (tenant) with one role. */
public record Invitee(String username, String displayName, String email, String tenantId, Role role) {
}
