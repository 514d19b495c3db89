package org.policytracker.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A program manager filters the grid (and the URL keeps the filter), opens a task, changes its
 * progress, sees the grid's progress bar follow and finds it saved after a reload (also when saved with
 * Ctrl+S while still typing); a manager of
 * another agency who opens the same task's address gets "not found".
 */
@PolicyTrackerTest
class TaskWorkspaceBrowserTest extends BrowserTest {

    private static TestOrder order;

    @Autowired
    TaskFixtures fixtures;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        // directive PAGE carries only the tasks of the directive page's test
        order = orders.order("WORKSPACE").directive("A", "cisa").directive("PAGE", "cisa").create();
    }

    /** The visible progress bars showing the given percentage (the grid keeps some hidden rows). */
    private static Locator bars(Page page, int percent) {
        return page.locator("vaadin-progress-bar[aria-label='" + percent + " percent complete']")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    @Test
    void aManagerFiltersEditsAndFindsTheChangeSavedAfterReload() {
        TaskSnapshot task = fixtures.newTask(order.directive("A"), "pm.cisa", "Walrus rollout");
        Page page = signedIn("pm.cisa");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();

        // no filter applied: the filters are folded under their summary
        assertThat(page.getByLabel("Search")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters")).click();
        page.getByLabel("Search").fill(task.title());
        page.waitForURL(Pattern.compile(".*[?&]q=Walrus.*"));
        Locator taskLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(task.title()));
        assertThat(taskLink).isVisible();
        assertThat(page.getByText("1 task, 0 overdue, 0 stale.")).isVisible();
        assertThat(bars(page, 0)).hasCount(1);
        Browser.screenshot(page, "task-grid-filtered");

        taskLink.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(task.title()))).isVisible();
        page.getByLabel("Percent complete").fill("60");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByText("Task saved")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Percent complete$")))).isVisible();
        Browser.screenshot(page, "task-editor-saved");

        page.navigate(url("/tasks?q=" + task.title().replace(" ", "+")));
        assertThat(bars(page, 60)).hasCount(1);
        page.reload();
        assertThat(page.getByLabel("Search")).hasValue(task.title());
        assertThat(bars(page, 60)).hasCount(1);
        assertThat(page.getByText("60 %")).isVisible();
        page.context().close();
    }

    @Test
    void ctrlSSavesTheValueStillBeingTypedInTheFocusedField() {
        TaskSnapshot task = fixtures.newTask(order.directive("A"), "pm.cisa", "Shortcut save");
        Page page = signedIn("pm.cisa");
        page.navigate(url("/tasks/" + task.id()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(task.title()))).isVisible();
        Locator percent = page.getByLabel("Percent complete");
        percent.fill("35"); // typed, the field still focused: its value has not reached the server yet
        percent.press("Control+s");
        assertThat(page.getByText("Task saved")).isVisible();
        page.reload();
        assertThat(page.getByLabel("Percent complete")).hasValue("35");
        page.context().close();
    }

    @Test
    void aTreasuryManagerOpeningACisaTaskByItsAddressGetsNotFound() {
        TaskSnapshot cisaTask = fixtures.newTask(order.directive("A"), "pm.cisa", "Not for Treasury");
        Page page = signedIn("pm.treasury");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
        page.navigate(url("/tasks/" + cisaTask.id()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Task not found")))
                .isVisible();
        assertThat(page.getByText(cisaTask.title())).hasCount(0);
        Browser.screenshot(page, "task-not-found-other-agency");
        page.context().close();
    }

    @Test
    void theDirectivePageShowsOwnTasksInFullAndOtherAgenciesAsAggregates() {
        long directive = order.directive("PAGE");
        TaskSnapshot cisaTask = fixtures.newTask(directive, "pm.cisa", "Walrus census");
        TaskSnapshot treasuryTask = fixtures.newTask(directive, "pm.treasury", "Treasury ledger review");
        Page page = signedIn("pm.treasury");
        page.navigate(url("/directives/" + directive));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Progress of every agency")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(treasuryTask.title())))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Cybersecurity and Infrastructure Security Agency")))).isVisible();
        assertThat(page.getByText(cisaTask.title())).hasCount(0);
        Browser.screenshot(page, "directive-page-treasury");
        page.context().close();
    }
}
