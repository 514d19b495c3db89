package org.policytracker.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.policytracker.security.AppUser;
import org.policytracker.security.People;
import org.policytracker.security.Role;
import org.policytracker.task.TaskQueries;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.uptake.Obligation;
import org.policytracker.uptake.ReportingService;
import org.springframework.stereotype.Service;

/**
 * A person's deadlines as an iCalendar document: the due dates of the open tasks they own (read in their
 * own tenant's scope only), and, for a sector association's reporters, the due dates of the reporting
 * periods (open and closed) in which their association owes reports, as the reporting page lists them.
 * Each deadline is an all-day event with a stable UID, so a calendar updates it instead of adding another,
 * and an alarm a day before it (a calendar that ignores a feed's alarms, as some do, keeps its own).
 */
@Service
public class DeadlineCalendar {

    private static final String UID_DOMAIN = "@policy-tracker";
    /** when the calendar reminds of a deadline: a day before the all-day event starts */
    static final Duration ALARM_BEFORE = Duration.ofDays(1);

    private final People people;
    private final TaskQueries tasks;
    private final ReportingService reporting;
    private final TenantTransactions tenants;
    private final Clock clock;

    DeadlineCalendar(People people, TaskQueries tasks, ReportingService reporting, TenantTransactions tenants,
            Clock clock) {
        this.people = people;
        this.tasks = tasks;
        this.reporting = reporting;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** One deadline: what is due, on which day, and the page where it is done. */
    record Deadline(String uid, LocalDate dueOn, String summary, String path) {
    }

    /** The person's calendar, its links starting with {@code baseUrl} (the application's address); empty if unknown. */
    public Optional<String> of(String username, String baseUrl) {
        return people.everyone().stream().filter(person -> person.getUsername().equals(username)).findFirst()
                .map(person -> write(deadlinesOf(person), baseUrl));
    }

    private List<Deadline> deadlinesOf(AppUser person) {
        Stream<Deadline> taskDeadlines = tenants.readAs(person.getTenantId(),
                () -> tasks.openDeadlinesOwnedBy(person.getUsername())).stream()
                .map(task -> new Deadline("task-" + task.taskId() + UID_DOMAIN, task.dueOn(),
                        "Task due: " + task.title() + " (" + task.orderCode() + " " + task.directiveCode() + ")",
                        "tasks/" + task.taskId()));
        // only the periods in which the association owes reports (a measure applies to a sector it covers):
        // "their organisation's report due dates", not every period's; one it has met stays, as on the
        // reporting page, since a report sent back is owed again by the same date
        Stream<Deadline> reportDeadlines = person.getRoles().contains(Role.SECTOR_REPORTER)
                ? tenants.readAs(person.getTenantId(), () -> reporting.obligationsOf(person.getTenantId())).stream()
                        .collect(Collectors.toMap(Obligation::periodCode, Obligation::dueOn, (a, b) -> a,
                                LinkedHashMap::new))
                        .entrySet().stream()
                        .map(period -> new Deadline("report-" + period.getKey() + "-" + person.getTenantId()
                                + UID_DOMAIN, period.getValue(), "Reports due for " + period.getKey(), "reporting"))
                : Stream.empty();
        return Stream.concat(taskDeadlines, reportDeadlines).toList();
    }

    private String write(List<Deadline> deadlines, String baseUrl) {
        Calendar calendar = new Calendar().add(new ProdId("-//Policy Tracker//Deadlines//EN"))
                .add(ImmutableVersion.VERSION_2_0).add(ImmutableCalScale.GREGORIAN);
        Instant stamp = clock.instant();
        for (Deadline deadline : deadlines) {
            // not initialised: ical4j would stamp the event with the system's time, not the application's clock
            VEvent event = new VEvent(false).add(new Uid(deadline.uid())).add(new DtStamp(stamp))
                    .add(new DtStart<>(deadline.dueOn())).add(new Summary(deadline.summary()))
                    .add(new Url(URI.create(baseUrl + "/" + deadline.path())));
            VAlarm dayBefore = new VAlarm(ALARM_BEFORE.negated()).add(ImmutableAction.DISPLAY)
                    .add(new Description("Tomorrow: " + deadline.summary()));
            event.add(dayBefore);
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException | ValidationException invalid) {
            throw new IllegalStateException("The deadline calendar does not validate", invalid);
        }
        return text.toString();
    }
}
