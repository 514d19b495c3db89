/**
 * Reminders and update-request e-mail (issue 15): the daily job that reminds task owners, association
 * reporters and reviewers, and the e-mail to a task's owner when someone asks for an update. It reads the
 * features through their published APIs and writes messages to the {@code mail} outbox.
 */
package org.policytracker.reminder;
