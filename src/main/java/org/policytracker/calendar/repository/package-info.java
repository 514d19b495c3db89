/** The calendar module's Spring Data repository: only its own root services use it. */
package org.policytracker.calendar.repository;
