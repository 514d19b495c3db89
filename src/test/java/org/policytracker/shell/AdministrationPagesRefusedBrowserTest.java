package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A non-administrator who types the address of an administration page (orders, catalogue, organisations,
 * people, periods, the histories and audits, the outbox) gets the frame's "Page not found", as for an
 * address with no page, and none of the page's headings or actions.
 */
@PolicyTrackerTest
class AdministrationPagesRefusedBrowserTest extends BrowserTest {

    /** The actions of the administration pages, any of which would show that the page was rendered. */
    private static final Pattern ADMINISTRATION_ACTIONS = Pattern.compile("New order|Add directive|Invite|"
            + "Save organisation|New organisation|Generate schedule|Create period|Save sector|New sector|"
            + "Save measure|New measure|Download JSON|Confirm import|Find requirements");

    @Autowired
    TestOrders orders;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pm.cisa", "reporter.health", "viewer.congress"})
    void aNonAdministratorOpeningAnAdministrationAddressSeesPageNotFoundInTheFrame(String username) {
        String order = orders.order("REFUSED").directive("A", "cisa").create().code();
        Page page = signedIn(username);
        for (String path : List.of("/admin", "/admin/orders", "/admin/order", "/admin/order/" + order,
                "/admin/order-text", "/admin/order-configuration", "/admin/measures", "/admin/organisations",
                "/admin/people", "/admin/periods", "/admin/sectors", "/administration-history", "/sign-in-audit",
                "/outbox")) {
            page.navigate(url(path));
            Locator main = page.getByRole(AriaRole.MAIN);
            assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(1)))
                    .hasText("Page not found");
            assertThat(main).containsText("There is no page at " + path + " that you can open");
            assertThat(page).hasTitle("Page not found | Policy Tracker");
            // its only heading: no title or section of the administration page
            assertThat(main.getByRole(AriaRole.HEADING)).hasCount(1);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ADMINISTRATION_ACTIONS)))
                    .hasCount(0);
            // in the frame: the navigation and the way out stay at hand
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        }
        page.context().close();
    }
}
