package org.policytracker.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's landing page: its tables of directives and periods, and closing a period from there. */
@PolicyTrackerTest
class AdministrationOverviewBrowserTest extends BrowserTest {

    @Autowired
    TestOrders orders;

    @Test
    void theAdministratorSeesTheDirectivesAndClosesThenReopensAPeriodFromTheOverview() {
        TestOrder order = orders.order("OVERVIEW").directive("A", "cisa").period("P", PeriodStatus.OPEN).create();
        String period = order.period("P");
        Page page = signedIn("admin");
        page.navigate(url("/admin"));

        Locator directives = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Directives"));
        assertThat(directives.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions()
                .setName(order.code() + " A").setExact(true))).isVisible();

        Locator periods = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reporting periods"));
        Locator row = periods.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(period).setExact(true))));
        assertThat(row).containsText("Open");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close reporting period " + period)).click();
        assertThat(row).containsText("Closed");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open reporting period " + period)).click();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Close reporting period " + period))).isVisible();
        page.context().close();
    }
}
