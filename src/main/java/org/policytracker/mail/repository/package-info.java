/** The mail module's Spring Data repositories: its own, no other module's. */
package org.policytracker.mail.repository;
