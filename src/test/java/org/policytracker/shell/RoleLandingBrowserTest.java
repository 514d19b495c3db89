package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.DueReports;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person of each role signs in through the login page in headless Chromium and lands on their
 * role's view, showing the rows this class made for them: a CISA task and a Treasury task, a
 * healthcare measure due in an open period. Screenshots go to target/screenshots/.
 */
@PolicyTrackerTest
class RoleLandingBrowserTest extends BrowserTest {

    private static TestOrder order;
    @Autowired
    DueReports dueReports;
    private static String cisaTask;
    private static String treasuryTask;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders, @Autowired Clock clock) {
        order = orders.order("LANDING").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        // due long before any other task, so that it is the first row of CISA's grid (sorted by due date)
        LocalDate longAgo = LocalDate.now(clock).minusYears(20);
        cisaTask = "Landing CISA task " + order.code();
        treasuryTask = "Landing Treasury task " + order.code();
        orders.task("pm.cisa", order.directive("A"), cisaTask, longAgo);
        orders.task("pm.treasury", order.directive("A"), treasuryTask, longAgo);
    }

    @Test
    void programManagerLandsOnTheAgencysTasks() {
        Page page = signedIn("pm.cisa");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("My agency's tasks"))).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText(cisaTask, new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText(treasuryTask)).hasCount(0);
        assertThat(page.locator("vaadin-progress-bar").first()).isVisible();
        assertThat(page.locator(".user-name")).hasText("Casey Morgan");
        saveAndCheck(page, "landing-program-manager");
    }

    @Test
    void sectorReporterLandsOnTheAssociationsReporting() {
        Page page = signedIn("reporter.health");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("My sectors' reporting"))).isVisible();
        assertThat(page.getByText("Hospitals and healthcare").first()).isVisible();
        dueReports.scrollTo(page, "reporter.health", order.measure("M"), order.period("OPEN"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setExact(true).setName("Report "
                + order.measure("M") + " for Hospitals and healthcare, " + order.period("OPEN")))).isVisible();
        saveAndCheck(page, "landing-sector-reporter");
    }

    @Test
    void oversightViewerLandsOnTheGapOverview() {
        Page page = signedIn("viewer.congress");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Gap overview"))).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText(order.directiveTitle("A"))).isVisible();
        saveAndCheck(page, "landing-oversight-viewer");
    }

    @Test
    void administratorLandsOnAdministration() {
        Page page = signedIn("admin");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Administration"))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tenants"))
                .getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("treasury").setExact(true))).isVisible();
        saveAndCheck(page, "landing-admin");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Page page = browser.newPage();
        Browser.signIn(page, url(""), "pm.cisa", "not-the-password");
        page.waitForURL("**/login?error", new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.getByText("Incorrect username or password").first()).isVisible();
    }

    private static void saveAndCheck(Page page, String name) {
        Path file = Browser.screenshot(page, name);
        assertThat(Files.exists(file)).isTrue();
        page.context().close();
    }
}
