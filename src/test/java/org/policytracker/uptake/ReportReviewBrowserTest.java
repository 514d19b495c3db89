package org.policytracker.uptake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.admin.PeopleChanges;
import org.policytracker.security.Invitee;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.LocalAccounts;
import org.policytracker.security.Role;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Timestamps;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A program manager reviews a corrected report in headless Chromium: the accept dialog shows the previous
 * revision's figures beside the new ones and why it was sent back; once accepted the report is under
 * "Decided", where the manager undoes the decision on a phone and finds the report back under "To review".
 * The manager belongs to an agency of the test's own that leads the test's measure, so both lists hold
 * only this test's reports. axe-core on the Decided tab; screenshots in target/screenshots/.
 */
@PolicyTrackerTest
class ReportReviewBrowserTest extends BrowserTest {

    private static final String PASSWORD = "four unrelated words here";

    @Autowired
    TestOrders orders;
    @Autowired
    PeopleChanges people;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportReviewService review;
    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    TenantService tenants;
    @Autowired
    Clock clock;

    @Test
    void aProgramManagerAcceptsACorrectionSeesItUnderDecidedAndUndoesItOnAPhone() {
        String agency = orders.agency("review");
        String username = "pm." + UUID.randomUUID().toString().substring(0, 8);
        String name = "Robin Reviewer " + username.substring(3);
        String initial = signedIn.as("admin", () -> people.invite(new Invitee(username, name, username + "@example.gov",
                agency, Role.PROGRAM_MANAGER))).initialPassword();
        accounts.setOwnPassword(new LocalAccountUser(username, name, agency, Set.of(Role.PROGRAM_MANAGER), null, true,
                false), initial, PASSWORD);
        TestOrder order = orders.order("REVIEWUI").directive("A", agency).measure("M", "A", "finance")
                .period("P", PeriodStatus.OPEN).create();
        String measure = order.measure("M");
        String period = order.period("P");
        String association = tenants.find("finance-assoc").orElseThrow().getName();
        String which = measure + " for Financial services, " + period + " (" + association + ")";
        // an administrator sent the first revision back; the association corrected it
        ReportRow first = orders.report("reporter.finance", measure, "finance", period, 4800, 1500, 700);
        signedIn.run("admin", () -> review.sendBack(first.id(), "Attach the examiner attestations"));
        orders.report("reporter.finance", measure, "finance", period, 4800, 1600, 900,
                List.of(new EvidenceLink("Examiner attestations", "https://example.org/finance/attestations")));

        Page page = browser.newPage();
        Browser.signIn(page, url(""), username, PASSWORD);
        assertThat(page.locator(".user-name")).hasText(name);
        page.navigate(url("/reports/review"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reports to review"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + which).setExact(true)).click();

        // the correction beside the revision it replaces, and what happened to that one
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator beside = dialog.locator("table.figures-beside");
        assertThat(beside.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Participating organisations"))
                .locator("td")).hasText(new String[] {"1600", "1500"});
        assertThat(beside.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Independently verified"))
                .locator("td")).hasText(new String[] {"900", "700"});
        assertThat(beside.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions()
                .setName("Revision 1 (previous)"))).isVisible();
        assertThat(dialog.locator("dl.facts")).containsText("Revision 1 was sent back by "
                + users.find("admin").orElseThrow().displayName() + " on ");
        assertThat(dialog.locator("dl.facts")).containsText("“Attach the examiner attestations”");
        assertThat(dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Examiner attestations")))
                .hasAttribute("href", "https://example.org/finance/attestations");
        Browser.screenshot(page, "review-accept-correction-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.getByText("Accepted: it now counts in the metrics.")).isVisible();
        assertThat(page.getByText("No submitted report is waiting for your review.")).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Decided")).click();
        assertThat(page.getByText("You can undo your own decision for 10 minutes")).isVisible();
        Browser.screenshot(page, "review-decided");
        Locator decided = page.locator("#decided-reports");
        Locator cells = decided.locator("vaadin-grid-cell-content");
        assertThat(cells.getByText("Accepted by " + name + ", " + Timestamps.format(clock.instant()) + "", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        // the administrator's decision on the first revision is listed too, but it is not this manager's to undo
        assertThat(cells.getByText("Sent back by " + users.find("admin").orElseThrow().displayName()
                + ", " + Timestamps.format(clock.instant()) + "; corrected since", new Locator.GetByTextOptions().setExact(true))).isVisible();
        Locator undo = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo the decision on "
                + which));
        assertThat(undo).hasCount(1);
        Browser.assertAccessible(page);

        page.setViewportSize(390, 844);
        Locator brief = decided.locator(".row-brief").filter(new Locator.FilterOptions()
                .setHasText("Accepted by " + name));
        assertThat(brief).containsText(measure);
        assertThat(brief).containsText("Eligible 4800 · participating 1600 · verified 900");
        Browser.screenshot(page, "phone-review-decided");
        Browser.assertInViewport(brief);
        Browser.assertInViewport(undo);
        Browser.assertNoSidewaysScroll(page);

        undo.click();
        assertThat(page.getByText("Decision undone: " + which + " is back under \"To review\".")).isVisible();
        assertThat(undo).hasCount(0);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("To review")).click();
        Locator accept = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + which)
                .setExact(true));
        assertThat(accept).isVisible();
        Browser.assertInViewport(accept);
        assertThat(fixtures.status("finance-assoc", measure, "finance", period, 2)).isEqualTo("SUBMITTED");
        page.context().close();
    }
}
