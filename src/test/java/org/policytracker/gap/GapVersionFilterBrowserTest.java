package org.policytracker.gap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An oversight viewer picks an order on the gap overview, then one of its text versions in the "Version"
 * filter: the directives grid keeps only the directives that version changed, and the version is in the URL;
 * an unknown version in the URL is reported and nothing is shown for it.
 */
@PolicyTrackerTest
class GapVersionFilterBrowserTest extends BrowserTest {

    @Autowired
    TestOrders orders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theVersionFilterNarrowsTheDirectivesToThoseTheVersionChanged() {
        TestOrder order = orders.order("VERSION-UI").directive("A", "cisa").directive("B", "cisa").create();
        orders.task("pm.cisa", order.directive("A"), "A's task", LocalDate.of(2027, 3, 31));
        orders.task("pm.cisa", order.directive("B"), "B's task", LocalDate.of(2027, 3, 31));
        OrderVersions versions = new OrderVersions(jdbc);
        long draft = versions.version(order.id(), "DRAFT", LocalDate.of(2026, 5, 20));
        versions.touched(draft, order.directive("A"), "ADDED");
        versions.touched(draft, order.directive("B"), "ADDED");
        long signed = versions.version(order.id(), "SIGNED", LocalDate.of(2026, 6, 12));
        versions.touched(signed, order.directive("B"), "CHANGED");

        Page page = signedIn("viewer.congress");
        page.navigate(url("/gaps"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gap overview"))).isVisible();
        // no order chosen: no version filter
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Version"))).hasCount(0);

        page.navigate(url("/gaps?order=" + order.id()));
        Locator drillDownA = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Drill down into " + order.code() + " A"));
        Locator drillDownB = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Drill down into " + order.code() + " B"));
        assertThat(drillDownA).isVisible();
        assertThat(drillDownB).isVisible();

        Locator version = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Version"));
        version.click();
        page.locator("vaadin-combo-box-item").getByText("Signed of 2026-06-12 (1 directive added or changed)").click();
        page.waitForURL(Pattern.compile(".*gaps\\?.*version=" + signed + ".*"));
        assertThat(page.url()).contains("order=" + order.id());
        assertThat(drillDownB).isVisible();
        assertThat(drillDownA).hasCount(0);
        assertThat(version).hasValue("Signed of 2026-06-12 (1 directive added or changed)");
        Browser.screenshot(page, "gap-version-filter");
        Browser.assertAccessible(page);

        page.navigate(url("/gaps?order=" + order.id() + "&version=-7"));
        assertThat(page.getByRole(AriaRole.ALERT).getByText("No order version with id -7")).isVisible();
        assertThat(drillDownB).hasCount(0);
        page.context().close();
    }
}
