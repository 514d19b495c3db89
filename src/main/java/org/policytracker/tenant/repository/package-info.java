/**
 * The tenants' Spring Data repository: the tenant module's services use it, and the demo-data
 * loader writes the demo organisations through it (a named interface for that one reader).
 */
@org.springframework.modulith.NamedInterface("repository")
package org.policytracker.tenant.repository;
