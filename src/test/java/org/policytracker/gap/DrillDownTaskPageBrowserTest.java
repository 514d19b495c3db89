package org.policytracker.gap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.task.TaskEdit;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskSnapshot;
import org.policytracker.task.TaskStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's drill-down links lead oversight viewers and administrators to a read-only page of
 * the task (details, progress, milestones, evidence, progress updates, history; nothing to edit).
 * The task is this class's own: a CISA task on a directive of an order of its own, built through
 * the task service as CISA's program manager would, so it has a real history; removed afterwards
 * (its audit trail stays, as it would for any deleted row).
 */
@PolicyTrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillDownTaskPageBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Clock clock;

    private String orderCode;
    private long orderId;
    private long directiveId;
    private String title;
    private long taskId;
    private String cisa;

    @BeforeAll
    void createTask() {
        // the database is fresh for every test run; a unique code keeps this order apart from any other
        orderCode = "FX-DRILL-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO exec_order (code, title, status) VALUES (?, 'Drill-down fixture order', 'SIGNED')")
                .param(orderCode).update();
        orderId = jdbc.sql("SELECT id FROM exec_order WHERE code = ?").param(orderCode).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO directive (order_id, code, title, kind, lead_tenant_id, deadline_basis, priority)
                VALUES (?, 'FX-DRILL', 'Drill-down fixture directive', 'AGENCY_ACTION', 'cisa', 'ASSUMED', 'HIGH')""")
                .param(orderId).update();
        directiveId = jdbc.sql("SELECT id FROM directive WHERE order_id = ?").param(orderId).query(Long.class).single();
        cisa = jdbc.sql("SELECT name FROM tenant WHERE id = 'cisa'").query(String.class).single();
        LocalDate today = LocalDate.now(clock);
        title = "Harden the drill-down " + orderCode;
        taskId = signedIn.as("pm.cisa", () -> {
            long id = commands.create(directiveId, title, today.plusDays(60), null);
            TaskSnapshot opened = queries.open(id);
            TaskEdit edit = opened.toEdit();
            opened = commands.save(opened, new TaskEdit(edit.title(), "Checks that oversight can read a task",
                    "pm.cisa", TaskStatus.IN_PROGRESS, 40, today.minusDays(5), edit.dueOn(), null, null));
            opened = commands.addMilestone(opened, "Draft the checklist", today.plusDays(20));
            opened = commands.addEvidenceLink(opened, "Checklist memo", "https://example.org/checklist-memo");
            commands.addProgressUpdate(opened, today, "Checklist drafted with the regional offices");
            return id;
        });
    }

    @AfterAll
    void removeTask() {
        for (String sql : new String[] {
                "DELETE FROM activity WHERE directive_id = :directive OR (item_type = 'TASK' AND item_id = :task)",
                "DELETE FROM notification WHERE item_type = 'TASK' AND item_id = :task",
                "DELETE FROM item_comment WHERE item_type = 'TASK' AND item_id = :task",
                "DELETE FROM task_milestone WHERE task_id = :task",
                "DELETE FROM task_evidence_link WHERE task_id = :task",
                "DELETE FROM task_progress_update WHERE task_id = :task",
                "DELETE FROM task WHERE id = :task",
                "DELETE FROM directive WHERE id = :directive",
                "DELETE FROM exec_order WHERE id = :order"}) {
            jdbc.sql(sql).param("task", taskId).param("directive", directiveId).param("order", orderId).update();
        }
    }

    @Test
    void aViewerFollowsTheDrillDownLinkToTheTasksReadOnlyPage() {
        Page page = signedIn("viewer.congress");
        page.navigate(url("/gaps?order=" + orderId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drill down into " + orderCode + " FX-DRILL"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("vaadin-grid-cell-content").getByText(cisa, new Locator.GetByTextOptions().setExact(true)).first()
                .click();
        Locator link = dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title));
        assertThat(link).hasAttribute("href", "tasks/" + taskId + "/view");
        link.click();

        page.waitForURL(Pattern.compile(".*/tasks/" + taskId + "/view"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Read-only: the program managers of " + cisa + " keep this task up to date."))
                .isVisible();
        Locator facts = page.locator("dl.facts");
        assertThat(facts.getByText("In progress", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(facts.getByText("40 %", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(facts.getByText("Casey Morgan", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(facts.getByText("Checks that oversight can read a task")).isVisible();
        assertThat(page.getByText("Draft the checklist (due " + LocalDate.now(clock).plusDays(20) + "): open")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Checklist memo")))
                .hasAttribute("href", "https://example.org/checklist-memo");
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.getByText("Checklist drafted with the regional offices").first()).isVisible();
        assertThat(cells.getByText("Task created", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(cells.getByText("Percent complete", new Locator.GetByTextOptions().setExact(true))).isVisible();

        // nothing to change: no field, checkbox or button of the editor, no link to it
        assertThat(page.getByRole(AriaRole.TEXTBOX)).hasCount(0);
        assertThat(page.getByRole(AriaRole.CHECKBOX)).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("Save|Discard|Add milestone|Add evidence|Post update")))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this task"))).hasCount(0);
        Browser.screenshot(page, "task-read-only-viewer");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void anAdministratorReadsItAndTheOwningAgencysManagerGetsALinkToTheEditor() {
        Page admin = signedIn("admin");
        admin.navigate(url("/tasks/" + taskId + "/view"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(admin.getByRole(AriaRole.TEXTBOX)).hasCount(0);
        // the task's own address, as the activity feed and notifications link it, leads readers here too
        admin.navigate(url("/tasks/" + taskId));
        assertThat(admin.getByText("Read-only: the program managers of " + cisa + " keep this task up to date."))
                .isVisible();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(admin.getByRole(AriaRole.TEXTBOX)).hasCount(0);
        admin.context().close();

        Page manager = signedIn("pm.cisa");
        manager.navigate(url("/tasks/" + taskId + "/view"));
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this task")).click();
        manager.waitForURL(Pattern.compile(".*/tasks/" + taskId));
        assertThat(manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)))
                .isVisible();
        manager.context().close();
    }

    @Test
    void anotherAgencysManagerFindsNoSuchTaskAndASectorReporterCannotOpenThePage() {
        Page treasury = signedIn("pm.treasury");
        treasury.navigate(url("/tasks/" + taskId + "/view"));
        assertThat(treasury.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Task not found")))
                .isVisible();
        assertThat(treasury.getByText(title)).hasCount(0);
        treasury.context().close();

        Page reporter = signedIn("reporter.health");
        assertThat(reporter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My sectors' reporting")))
                .isVisible();
        reporter.navigate(url("/tasks/" + taskId + "/view"));
        assertThat(reporter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        assertThat(reporter.getByText(title)).hasCount(0);
        assertThat(reporter.getByText("Checklist drafted")).hasCount(0);
        Browser.screenshot(reporter, "task-read-only-refused-reporter");
        reporter.context().close();
    }
}
