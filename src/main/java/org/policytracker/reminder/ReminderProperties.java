package org.policytracker.reminder;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code policy-tracker.reminders}.
 *
 * @param daysBeforeDue a task's owner is reminded this many days before its due date (each value once)
 * @param reportDaysBeforeDue an association's reporters are reminded this many days before a period's due date
 * @param reviewWaitingDays reviewers are reminded of a submitted report waiting this many days
 * @param catchUpDays a reminder whose day passed while no run happened (an outage) is still sent this many
 *     days later; older ones are skipped, so a first run does not remind of everything ever overdue
 */
@ConfigurationProperties("policy-tracker.reminders")
public record ReminderProperties(List<Integer> daysBeforeDue, int reportDaysBeforeDue, int reviewWaitingDays,
        int catchUpDays) {

    public ReminderProperties {
        if (daysBeforeDue.stream().anyMatch(days -> days < 1) || reportDaysBeforeDue < 1 || reviewWaitingDays < 1
                || catchUpDays < 0) {
            throw new IllegalArgumentException("policy-tracker.reminders: the days before due and of waiting must be"
                    + " at least 1, the catch-up days not negative");
        }
        daysBeforeDue = daysBeforeDue.stream().distinct().sorted().toList();
    }
}
