package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person of each role signs in through the login page in headless Chromium and lands on their
 * role's view, showing real demo data. Screenshots go to target/screenshots/.
 */
@PolicyTrackerTest
class RoleLandingBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void programManagerLandsOnTheAgencysTasks() {
        Page page = signedIn("pm.cisa");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("My agency's tasks"))).isVisible();
        String cisaTask = jdbc.sql("select title from task where tenant_id = 'cisa' order by due_on, title limit 1")
                .query(String.class).single();
        String treasuryTask = jdbc.sql("select title from task where tenant_id = 'treasury' limit 1")
                .query(String.class).single();
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
        assertThat(page.locator("vaadin-grid-cell-content").getByText("2026-Q3").first()).isVisible();
        saveAndCheck(page, "landing-sector-reporter");
    }

    @Test
    void oversightViewerLandsOnTheGapOverview() {
        Page page = signedIn("viewer.congress");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Gap overview"))).isVisible();
        String directive = jdbc.sql("select title from directive order by code limit 1").query(String.class).single();
        assertThat(page.locator("vaadin-grid-cell-content").getByText(directive).first()).isVisible();
        saveAndCheck(page, "landing-oversight-viewer");
    }

    @Test
    void administratorLandsOnAdministration() {
        Page page = signedIn("admin");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Administration"))).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("treasury", new Locator.GetByTextOptions().setExact(true))).isVisible();
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
