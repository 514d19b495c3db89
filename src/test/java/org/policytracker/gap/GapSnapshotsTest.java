package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.task.TaskCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The gap figures are computed once per filter and day and kept until a change commits: counted by
 * {@link GapSnapshots#computations()}, on an order of this class's own whose directive CISA leads.
 */
@PolicyTrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapSnapshotsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SignedIn signedIn;
    @Autowired
    GapMetricsService metrics;
    @Autowired
    GapSnapshots snapshots;
    @Autowired
    TaskCommands commands;

    private long orderId;
    private long directiveId;

    @BeforeAll
    void createOrder() {
        String code = "FX-SNAP-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO exec_order (code, title, status) VALUES (?, 'Snapshot fixture order', 'SIGNED')")
                .param(code).update();
        orderId = jdbc.sql("SELECT id FROM exec_order WHERE code = ?").param(code).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO directive (order_id, code, title, kind, lead_tenant_id, deadline_basis, priority)
                VALUES (?, 'FX-SNAP', 'Snapshot fixture directive', 'AGENCY_ACTION', 'cisa', 'ASSUMED', 'HIGH')""")
                .param(orderId).update();
        directiveId = jdbc.sql("SELECT id FROM directive WHERE order_id = ?").param(orderId).query(Long.class).single();
    }

    @AfterAll
    void removeOrder() {
        for (String sql : new String[] {
                "DELETE FROM activity WHERE directive_id = :directive",
                "DELETE FROM notification WHERE item_type = 'TASK' AND item_id IN (SELECT id FROM task WHERE directive_id = :directive)",
                "DELETE FROM task WHERE directive_id = :directive",
                "DELETE FROM directive WHERE id = :directive",
                "DELETE FROM exec_order WHERE id = :order"}) {
            jdbc.sql(sql).param("directive", directiveId).param("order", orderId).update();
        }
        snapshots.renew();
    }

    private GapFilter filter() {
        return new GapFilter(orderId, null, null, null, null);
    }

    private GapDashboard read(String username) {
        return signedIn.as(username, () -> metrics.dashboard(filter(), LocalDate.now(clock)));
    }

    private long taskCount(GapDashboard dashboard) {
        return dashboard.directives().stream().mapToLong(directive -> directive.tasks().tasks()).sum();
    }

    private void createTask(String title) {
        signedIn.run("pm.cisa", () -> commands.create(directiveId, title, LocalDate.now(clock).plusDays(30), null));
    }

    @Test
    void aSecondReadIsServedFromTheSnapshotWhoeverReadsIt() {
        GapDashboard first = read("viewer.congress");
        long computed = snapshots.computations();
        GapDashboard again = read("pm.treasury");
        assertThat(snapshots.computations()).isEqualTo(computed);
        assertThat(again).isSameAs(first);
    }

    @Test
    void aTaskSaveRenewsTheFiguresOnceForEveryReader() {
        long before = taskCount(read("viewer.congress"));
        long computed = snapshots.computations();
        createTask("Snapshot renewal " + UUID.randomUUID());
        assertThat(taskCount(read("viewer.congress"))).isEqualTo(before + 1);
        assertThat(taskCount(read("pm.treasury"))).isEqualTo(before + 1);
        assertThat(snapshots.computations()).isEqualTo(computed + 1);
    }

    @Test
    void aSharedSnapshotGivesAnotherTenantNoRowsOfCisa() {
        createTask("Snapshot rows " + UUID.randomUUID());
        assertThat(taskCount(read("pm.cisa"))).isPositive();
        long computed = snapshots.computations();
        // the aggregate is public and shared; the rows behind it stay with oversight and administrators
        assertThat(taskCount(read("pm.treasury"))).isPositive();
        assertThat(snapshots.computations()).isEqualTo(computed);
        assertThatThrownBy(() -> signedIn.as("pm.treasury", () -> metrics.tasks(directiveId, null, LocalDate.now(clock))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("viewer.congress:demo".getBytes(StandardCharsets.UTF_8)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theApiAnswersNotModifiedUntilAFigureMayHaveChanged() throws Exception {
        String path = "/api/v1/gaps?order=" + orderId;
        HttpResponse<String> first = get(path, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cacheControl -> assertThat(cacheControl).contains("no-cache").contains("private").doesNotContain("no-store"));

        HttpResponse<String> unchanged = get(path, tag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(get("/api/v1/gaps?order=" + orderId + "&asOf=2026-01-01", tag).statusCode()).isEqualTo(200);

        createTask("Snapshot tag " + UUID.randomUUID());
        HttpResponse<String> changed = get(path, tag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValueSatisfying(newTag -> assertThat(newTag).isNotEqualTo(tag));
    }
}
