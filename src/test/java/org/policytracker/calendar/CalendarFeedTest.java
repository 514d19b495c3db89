package org.policytracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskStatus;
import org.policytracker.tenant.TenantTransactions;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal calendar feed (issue 15, item 5) over real HTTP with no session: it parses with ical4j
 * and holds exactly the person's deadlines (their own open tasks, in their own tenant; their
 * association's report due dates), and a revoked or replaced address answers 404.
 */
@PolicyTrackerTest
class CalendarFeedTest {

    private static TestOrder order;

    @LocalServerPort
    int port;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestOrders orders;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    TaskCommands commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ReportingService reporting;
    @Autowired
    TenantTransactions tenants;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("CALFEED").directive("A", "cisa").directive("B", "treasury")
                .measure("M", "A", "healthcare").period("OPEN", PeriodStatus.OPEN)
                .period("PLAN", PeriodStatus.PLANNED).create();
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String feedPath(String token) {
        return CalendarFeedController.PATH + token + ".ics";
    }

    private static Map<String, VEvent> eventsByUid(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(
                event -> event.getUid().orElseThrow().getValue(), event -> event));
    }

    private static String value(Component component, String property) {
        return component.<Property>getProperty(property).orElseThrow().getValue();
    }

    private String title(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aManagersFeedHoldsExactlyTheirOwnOpenTasksOfTheirOwnAgencyWithoutASession() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(10);
        String mineTitle = title("Mine");
        long mine = orders.ownedTask("pm.cisa", order.directive("A"), mineTitle, due);
        long colleagues = orders.ownedTask("pm2.cisa", order.directive("A"), title("Colleague's"), due);
        long done = orders.ownedTask("pm.cisa", order.directive("A"), title("Done"), due);
        signedIn.run("pm.cisa", () -> commands.bulkUpdate(List.of(done),
                new TaskCommands.BulkChange(TaskStatus.DONE, null, null, null)));
        long otherTenants = orders.ownedTask("pm.treasury", order.directive("B"), title("Treasury's"), due);
        // even a row of another tenant that names this person as its owner stays out of their feed
        jdbc.sql("update task set owner_username = 'pm.cisa' where id = ?").param(otherTenants).update();

        String token = signedIn.as("pm.cisa", () -> feeds.createOrRotate());
        HttpResponse<String> response = get(feedPath(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        Map<String, VEvent> events = eventsByUid(response.body());
        Set<String> expected = jdbc.sql("select id from task where tenant_id = 'cisa' and owner_username = 'pm.cisa'"
                + " and status <> 'DONE' and due_on is not null").query(Long.class).list().stream()
                .map(id -> "task-" + id + "@policy-tracker").collect(Collectors.toSet());
        assertThat(events.keySet()).isEqualTo(expected)
                .contains("task-" + mine + "@policy-tracker")
                .doesNotContain("task-" + colleagues + "@policy-tracker", "task-" + done + "@policy-tracker",
                        "task-" + otherTenants + "@policy-tracker");

        VEvent event = events.get("task-" + mine + "@policy-tracker");
        assertThat(response.body()).contains("DTSTART;VALUE=DATE:" + due.toString().replace("-", ""));
        assertThat(value(event, Property.DTSTART)).isEqualTo(due.toString().replace("-", ""));
        assertThat(value(event, Property.SUMMARY)).contains(mineTitle);
        assertThat(value(event, Property.URL)).isEqualTo("http://localhost:" + port + "/tasks/" + mine);
        assertThat(value(event, Property.DTSTAMP)).isEqualTo(clock.instant().toString().replace("-", "")
                .replace(":", "").replaceAll("\\.\\d+", ""));
        assertThat(event.getAlarms()).singleElement().satisfies(alarm -> {
            assertThat(value(alarm, Property.TRIGGER)).as("a day before the all-day event").isEqualTo("-P1D");
            assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(value(alarm, Property.DESCRIPTION)).isEqualTo("Tomorrow: " + value(event, Property.SUMMARY));
        });
    }

    @Test
    void aReportersFeedHoldsTheirAssociationsReportDueDatesAndNoTasks() throws Exception {
        String token = signedIn.as("reporter.health", () -> feeds.createOrRotate());
        HttpResponse<String> response = get(feedPath(token));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, VEvent> events = eventsByUid(response.body());

        String open = order.period("OPEN");
        LocalDate openDue = jdbc.sql("select due_on from reporting_period where code = ?").param(open)
                .query(LocalDate.class).single();
        VEvent due = events.get("report-" + open + "-hospital-assoc@policy-tracker");
        assertThat(due).isNotNull();
        assertThat(value(due, Property.DTSTART)).isEqualTo(openDue.toString().replace("-", ""));
        assertThat(value(due, Property.URL)).isEqualTo("http://localhost:" + port + "/reporting");
        assertThat(events).doesNotContainKey("report-" + order.period("PLAN") + "-hospital-assoc@policy-tracker");
        // exactly the periods in which the association owes reports, as its reporting page lists them; no tasks
        Set<String> owed = tenants.readAs("hospital-assoc", () -> reporting.obligationsOf("hospital-assoc")).stream()
                .map(obligation -> "report-" + obligation.periodCode() + "-hospital-assoc@policy-tracker")
                .collect(Collectors.toSet());
        assertThat(events.keySet()).isEqualTo(owed);
    }

    @Test
    void aRevokedOrReplacedAddressIsNotFound() throws Exception {
        String first = signedIn.as("pm2.cisa", () -> feeds.createOrRotate());
        assertThat(get(feedPath(first)).statusCode()).isEqualTo(200);

        String second = signedIn.as("pm2.cisa", () -> feeds.createOrRotate());
        assertThat(get(feedPath(first)).statusCode()).isEqualTo(404);
        assertThat(get(feedPath(second)).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from calendar_feed where token_hash = ?").param(second)
                .query(Integer.class).single()).as("only the token's hash is stored").isZero();

        signedIn.run("pm2.cisa", () -> feeds.revoke());
        assertThat(get(feedPath(second)).statusCode()).isEqualTo(404);
        assertThat(get(feedPath("not-a-token")).statusCode()).isEqualTo(404);
    }
}
