/**
 * The task module's Spring Data repositories: its root services read and write through them, and
 * the demo data loader writes the demo rows through them; no other module uses them.
 */
@org.springframework.modulith.NamedInterface("repository")
package org.policytracker.task.repository;
