/**
 * The security module's Spring Data repository of people: {@link org.policytracker.security.People}
 * reads it and the Keycloak sign-in keeps it up to date; the demo data loader writes the demo users
 * through it; no other module uses it.
 */
@org.springframework.modulith.NamedInterface("repository")
package org.policytracker.security.repository;
