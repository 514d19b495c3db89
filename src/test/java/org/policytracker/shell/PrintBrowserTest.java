package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/** A printed page is the page alone (issue 17): no menu, no header, no buttons, the content from the left edge. */
@PolicyTrackerTest
class PrintBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "viewer.congress | /gaps  | Gap overview",
            "pm.cisa         | /tasks | My agency's tasks"})
    void aPrintedPageHasNoMenuHeaderOrButtons(String username, String path, String title) {
        Page page = signedIn(username);
        page.navigate(url(path));
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).hasText(title);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        Browser.waitForContent(page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator("vaadin-side-nav")).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isHidden();
        assertThat(page.getByRole(AriaRole.MAIN).locator("vaadin-button:visible")).hasCount(0);
        assertThat(heading).isVisible();
        assertThat(heading.boundingBox().x).as("the title's distance from the left edge").isLessThan(60);
        Browser.screenshot(page, "print" + path.replace('/', '-'));
        page.context().close();
    }
}
