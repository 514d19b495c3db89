package org.policytracker.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.ui.Timestamps;
import org.policytracker.uptake.SectorAdministration;
import org.policytracker.uptake.SectorAdministration.SectorInput;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator sees a change in the Administration history: when, who, what, and each field before → after. */
@PolicyTrackerTest
class AdministrationHistoryBrowserTest extends BrowserTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    SectorAdministration sectors;
    @Autowired
    Clock clock;

    @Test
    void theAdministratorRenamesASectorAndSeesWhoChangedItsNameFromWhatToWhat() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = "ports-" + suffix;
        signedIn.run("admin", () -> sectors.create(new SectorInput(id, "Ports " + suffix, null, null)));
        Page page = signedIn("admin");

        page.navigate(url("/admin/sectors"));
        page.locator("vaadin-grid-cell-content").getByText("Ports " + suffix, new Locator.GetByTextOptions()
                .setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit sector " + id)))
                .isVisible();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Ports and harbours " + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save sector")).click();
        assertThat(page.getByText("Sector " + id + " saved")).isVisible();

        page.navigate(url("/administration-history"));
        Locator rows = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(Pattern.compile("sector " + id))); // Playwright matches in JavaScript: no Pattern.quote
        assertThat(rows).hasCount(2); // created, then edited
        // newest first; a row is named by its cells: When, Who, Change, Of, Before → after
        assertThat(rows.first()).hasAccessibleName(String.join(" ", Timestamps.format(clock.instant()),
                users.find("admin").orElseThrow().displayName(), "edited", "sector " + id,
                "name: Ports " + suffix + " → Ports and harbours " + suffix));
        Browser.assertAccessible(page);
        page.context().close();
    }
}
