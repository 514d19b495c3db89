package org.policytracker.gap.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.policytracker.gap.GapProperties;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.support.TestOrders;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskEdit;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskSnapshot;
import org.policytracker.task.TaskStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open dashboard follows saved changes live, debounced: a burst of task saves (as a busy agency
 * makes them) shows up as the burst's final figures after one rebuild of each open dashboard, not
 * one rebuild per save. Its charts draw their series in the stylesheet's colours.
 */
@PolicyTrackerTest
class GapDashboardRefreshBrowserTest extends BrowserTest {

    private static final int SAVES = 5;
    private static final Locator.GetByTextOptions EXACT = new Locator.GetByTextOptions().setExact(true);

    @Autowired
    TestOrders orders;
    @Autowired
    TaskQueries taskQueries;
    @Autowired
    TaskCommands taskCommands;
    @Autowired
    SignedIn signedIn;
    @Autowired
    DashboardRefresh refresh;
    @Autowired
    GapProperties settings;
    @Autowired
    Clock clock;

    @Test
    void aBurstOfSavesRebuildsEachOpenDashboardOnceAndShowsTheLastFigures() throws InterruptedException {
        TestOrder order = orders.order("REFRESH").directive("A", "cisa").create();
        LocalDate today = LocalDate.now(clock);
        long task = orders.task("pm.cisa", order.directive("A"), "Refresh burst", today.plusMonths(2));
        Page page = signedIn("viewer.congress");
        page.navigate(url("/gaps?order=" + order.id()));
        // the order's one directive: its execution (the directive table's and the forecast table's) is the task's
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.getByText("0.0 %", EXACT).first()).isVisible(); // not started
        Duration window = settings.refreshDebounce();
        // refreshes that changes made before (the task's creation) started are over after one window
        Thread.sleep(window.multipliedBy(2).toMillis());
        long before = refresh.refreshes();

        long burstStarted = System.nanoTime();
        signedIn.run("pm.cisa", () -> {
            TaskSnapshot opened = taskQueries.open(task);
            for (int save = 1; save <= SAVES; save++) {
                TaskEdit edit = opened.toEdit();
                opened = taskCommands.save(opened, new TaskEdit(edit.title(), edit.description(), edit.ownerUsername(),
                        TaskStatus.IN_PROGRESS, 10 * save, today, edit.dueOn(), null, null));
            }
        });
        Duration burst = Duration.ofNanos(System.nanoTime() - burstStarted);

        assertThat(cells.getByText(10 * SAVES + ".0 %", EXACT).first()).isVisible(); // the last save's figures
        Thread.sleep(window.multipliedBy(2).toMillis()); // any further rebuild of this burst would have run by now
        long rebuilt = refresh.refreshes() - before;
        int open = refresh.openDashboards();
        assertThat(open).as("this test's dashboard is open").isPositive();
        // a burst within one window: one rebuild per open dashboard; a slow one may span a few windows
        long windowsSpanned = 1 + burst.toMillis() / window.toMillis();
        assertThat(rebuilt).as("rebuilds of %d open dashboards after %d saves in %d ms (window %d ms)", open, SAVES,
                burst.toMillis(), window.toMillis()).isBetween((long) open, open * Math.min(windowsSpanned, SAVES - 1));

        Locator chart = page.locator("gap-chart").last();
        chart.scrollIntoViewIfNeeded();
        String seriesColour = (String) page.evaluate(
                "() => getComputedStyle(document.documentElement).getPropertyValue('--pt-chart-series-1').trim()");
        assertThat(seriesColour).as("the stylesheet defines the first series colour").isNotEmpty();
        assertThat(chart.locator("svg path[fill='" + seriesColour + "']").first()).isAttached(); // the execution bar
        Browser.screenshot(page, "gap-dashboard-after-burst");
        page.context().close();
    }
}
