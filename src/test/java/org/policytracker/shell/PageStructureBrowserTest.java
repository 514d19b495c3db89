package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * Every page in the frame has one main landmark holding one level-one heading, its title, and a
 * "Skip to main content" link that the keyboard reaches first and that moves the focus there
 * (issue 17, accessibility: landmark-one-main, page-has-heading-one, bypass blocks).
 */
@PolicyTrackerTest
class PageStructureBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "pm.cisa         | /tasks     | My agency's tasks",
            "pm.cisa         | /directives | Directives",
            "reporter.health | /reporting | My sectors' reporting",
            "viewer.congress | /gaps      | Gap overview",
            "viewer.congress | /activity  | Activity",
            "admin           | /admin     | Administration",
            "admin           | /sign-in-audit | Sign-in audit",
            "admin           | /administration-history | Administration history"})
    void thePageTitleIsTheOneLevelOneHeadingOfTheMainLandmark(String username, String path, String title) {
        Page page = signedIn(username);
        page.navigate(url(path));
        Locator main = page.getByRole(AriaRole.MAIN);
        assertThat(main).hasCount(1);
        Locator h1 = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(h1).hasCount(1);
        assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(1))).hasText(title);

        page.keyboard().press("Tab");
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
        assertThat(skip).isFocused();
        page.keyboard().press("Enter");
        assertThat(main).isFocused();
        page.context().close();
    }

    @Test
    void aPageTheRoleMayNotOpenAndAMistypedAddressBothShowPageNotFoundInTheFrame() {
        Page page = signedIn("pm.cisa");
        for (String path : new String[] {"/sign-in-audit", "/no-such-page"}) {
            Response response = page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.HEADING,
                    new Locator.GetByRoleOptions().setLevel(1))).hasText("Page not found");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("There is no page at " + path);
            // in the frame: the navigation and the way out stay at hand
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your start page")))
                    .isVisible();
            // no longer the browser's bare "HTTP ERROR 403" for an address Spring Security did not know
            assertNotEquals(403, response.status(), path);
            Browser.assertAccessible(page);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your start page")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("My agency's tasks");
        page.context().close();
    }

    @Test
    void aMoveInsideTheApplicationPutsTheFocusOnTheNewPagesTitle() {
        Page page = signedIn("pm.cisa");
        page.navigate(url("/tasks"));
        page.locator("vaadin-side-nav-item[path='directives']").click();
        Locator title = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(title).hasText("Directives");
        assertThat(title).isFocused();
        page.context().close();
    }
}
