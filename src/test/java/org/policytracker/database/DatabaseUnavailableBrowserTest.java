package org.policytracker.database;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in user who opens a page while the database is paused (SIGSTOP, for at most the test's own
 * bounded wait) is told the service is unavailable and reconnecting, with a way to try again, instead
 * of a hanging page; once the database answers again, trying again shows the page.
 */
@PolicyTrackerTest
class DatabaseUnavailableBrowserTest extends BrowserTest {

    @Autowired
    EmbeddedMariaDb server;

    @Test
    void aPageOpenedWhileTheDatabaseIsPausedSaysSoAndTryingAgainAfterwardsShowsIt() {
        Page page = signedIn("pm.cisa");
        ProcessHandle mariadbd = server.process();
        DatabaseFaultsTest.signal(mariadbd, "STOP");
        try {
            page.navigate(url("/activity"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(DatabaseUnavailable.TITLE)))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            assertThat(page.getByText("reconnecting to its database")).isVisible();
        } finally {
            DatabaseFaultsTest.signal(mariadbd, "CONT");
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(DatabaseUnavailable.TITLE)))
                .isHidden();
        assertThat(page).hasURL(url("/activity"));
    }
}
