package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * The dark theme (issue 17): it follows the browser's setting, a switch in the header overrides it and the
 * browser remembers the choice; every role's landing page keeps WCAG 2.1 AA in it (axe-core).
 */
@PolicyTrackerTest
class DarkThemeBrowserTest extends BrowserTest {

    /** Lumo's dark base colour, #233348. */
    private static final String DARK_BACKGROUND = "rgb(35, 51, 72)";
    private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "pm.cisa         | /tasks     | My agency's tasks",
            "reporter.health | /reporting | My sectors' reporting",
            "viewer.congress | /gaps      | Gap overview",
            "admin           | /admin     | Administration"})
    void aBrowserSetToDarkGetsTheDarkThemeOnEveryLandingPageAndItStaysAccessible(String username, String path,
            String title) {
        Page page = signedIn(username);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(url(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);

        assertThat(background(page)).isEqualTo(DARK_BACKGROUND);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "dark-" + path.substring(1));
        page.context().close();
    }

    @Test
    void theHeaderSwitchOverridesTheBrowsersSettingAndIsRemembered() {
        Page page = signedIn("pm.cisa");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(url("/tasks"));
        Locator colourTheme = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Colour theme: as the browser's setting. Press to change."));
        assertThat(colourTheme).isVisible();
        assertThat(background(page)).isEqualTo(LIGHT_BACKGROUND);

        colourTheme.click();
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Colour theme: dark. Press to change."))).isVisible();
        page.waitForCondition(() -> DARK_BACKGROUND.equals(background(page)));

        page.reload();
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Colour theme: dark. Press to change."))).isVisible();
        page.waitForCondition(() -> DARK_BACKGROUND.equals(background(page)));

        // light, whatever the browser says
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Colour theme: dark. Press to change."))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Colour theme: light. Press to change."))).isVisible();
        page.waitForCondition(() -> LIGHT_BACKGROUND.equals(background(page)));
        page.context().close();
    }

    private static String background(Page page) {
        return (String) page.evaluate("getComputedStyle(document.documentElement).backgroundColor");
    }
}
