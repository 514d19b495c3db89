package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * The navigation lists, for each role, exactly the views that role may open, in the same order
 * for everyone. The entries come from the views' {@code @Menu} annotations, filtered by their
 * access annotations; this pins down what each role sees.
 */
@PolicyTrackerTest
class NavigationMenuBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pm.cisa         | My agency's tasks; Update requests; Directives; Activity; Reports to review; Notification preferences; Calendar feed; API tokens",
            "reporter.health | Directives; Activity; My sectors' reporting; Notification preferences; Calendar feed; API tokens",
            "viewer.congress | Update requests; Directives; Activity; Gap overview; Notification preferences; Calendar feed; API tokens",
            "admin           | Directives; Activity; Reports to review; Gap overview; Administration; Sign-in audit; Notification preferences; Administration history; Calendar feed; API tokens"})
    void eachRoleSeesTheViewsItMayOpen(String username, String entries) {
        Page page = signedIn(username);
        Locator items = page.locator("vaadin-side-nav-item");
        String[] expected = entries.split("; ");
        // containsText matches in order but allows other items between; the count makes it exact
        assertThat(items).containsText(expected);
        assertThat(items).hasCount(expected.length);
        page.context().close();
    }
}
