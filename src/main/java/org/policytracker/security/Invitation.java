package org.policytracker.security;

/**
 * The answer to an invitation: the person as now stored and, for a local account, the one-time initial
 * password to hand to them (shown once, stored only as a hash); null where the identity provider asks the
 * person to set a password itself (Keycloak).
 */
public record Invitation(Person person, String initialPassword) {
}
