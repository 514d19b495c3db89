package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.DueReports;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.tenant.TenantService;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role's main job on a phone (390 x 844), from its landing page: a reporter submits a report, an
 * administrator accepts one, an oversight viewer reads the gap dashboard, a program manager updates a
 * task. Everything the job needs sits inside the screen's width, nothing scrolls sideways, axe finds
 * nothing; each landing page is kept as target/screenshots/phone-landing-&lt;role&gt;.png.
 */
@PolicyTrackerTest
class PhoneJobsBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static TestOrder order;

    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportReviewService review;
    @Autowired
    TenantService tenants;
    @Autowired
    DueReports dueReports;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("PHONEJOBS").directive("A", "cisa")
                .measure("SLG", "A", "state-local-government").measure("FIN", "A", "finance")
                .period("REP", PeriodStatus.OPEN).period("REV", PeriodStatus.OPEN).create();
    }

    @Test
    void aReporterSubmitsAReportOnAPhone() {
        String measure = order.measure("SLG");
        String period = order.period("REP");
        Page page = landing("reporter.slg", "My sectors' reporting", "reporter");
        dueReports.scrollTo(page, "reporter.slg", measure, period);
        // the due report says which measure and sector it is for, not only its period and due date
        Locator due = page.locator(".row-brief").filter(new Locator.FilterOptions().setHasText(measure))
                .filter(new Locator.FilterOptions().setHasText(period));
        assertThat(due).containsText("Test measure SLG of " + order.code());
        assertThat(due).containsText("State and local government");
        assertThat(due).containsText(period);
        Browser.assertInViewport(due);
        Locator report = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Report " + measure + " for State and local government, " + period).setExact(true));
        Browser.assertInViewport(report);
        report.click();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Reporting period")))
                .hasValue(Pattern.compile("^" + period + " \\(due "));
        page.getByLabel("Eligible organisations").fill("300");
        page.getByLabel("Participating organisations").fill("120");
        page.getByLabel("Independently verified").fill("40");
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true));
        Browser.assertInViewport(submit);
        submit.click();
        assertThat(page.getByText("Submitted for review: revision 1 of " + measure).first()).isVisible();
        Locator history = page.locator("#report-history");
        assertThat(history.locator("vaadin-grid-cell-content").getByText("Submitted", new Locator.GetByTextOptions()
                .setExact(true)).first()).isVisible();
        for (String column : new String[] {"Period", "Measure", "Status"}) {
            assertInsideWidth(history.locator("vaadin-grid-cell-content").getByText(column,
                    new Locator.GetByTextOptions().setExact(true)).first());
        }
        Browser.assertNoSidewaysScroll(page);
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void anAdministratorAcceptsAReportOnAPhone() {
        String measure = order.measure("FIN");
        String period = order.period("REV");
        ReportRow submitted = orders.report("reporter.finance", measure, "finance", period, 900, 450, 200);
        String association = tenants.find("finance-assoc").orElseThrow().getName();
        Page page = landing("admin", "Administration", "admin");
        page.navigate(url("/reports/review"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reports to review"))).isVisible();
        // every report waiting for an administrator is in the queue: scroll to this one, as a person would
        int row = signedIn.as("admin", review::awaitingReview).stream().map(ReportRow::id).toList()
                .indexOf(submitted.id());
        Browser.scrollGridTo(page.locator("vaadin-grid"), row);
        // the row says whose report, for which measure, and the figures being decided
        Locator brief = page.locator(".row-brief").filter(new Locator.FilterOptions().setHasText(period));
        assertThat(brief).containsText(association);
        assertThat(brief).containsText(measure);
        assertThat(brief).containsText("Eligible 900 · participating 450 · verified 200");
        assertInsideWidth(brief);
        Locator accept = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Accept " + measure + " for Financial services, " + period + " (" + association + ")")
                .setExact(true));
        assertInsideWidth(accept);
        Browser.assertNoSidewaysScroll(page);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "phone-reports-to-review");
        accept.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator confirm = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept"));
        assertThat(dialog.locator("dl.facts")).containsText(association);
        assertInsideWidth(confirm);
        confirm.click();
        assertThat(page.getByText("Accepted: it now counts in the metrics.")).isVisible();
        assertThat(page.locator(".row-brief").filter(new Locator.FilterOptions().setHasText(period))).hasCount(0);
        page.context().close();
    }

    @Test
    void anOversightViewerReadsTheGapDashboardOnAPhone() {
        Page page = landing("viewer.congress", "Gap overview", "viewer");
        page.navigate(url("/gaps?order=" + order.id()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gap overview"))).isVisible();
        // the directive's code and whole title in one cell, its status and the reason beside it
        Locator directive = page.locator(".row-brief").filter(new Locator.FilterOptions()
                .setHasText(order.directiveTitle("A")));
        assertThat(directive).isVisible();
        assertInsideWidth(directive);
        Locator status = page.locator(".gap-status-why").first();
        assertThat(status).isVisible();
        assertInsideWidth(status);
        for (Locator card : page.locator(".gap-card").all()) {
            assertInsideWidth(card);
        }
        Browser.assertNoSidewaysScroll(page);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "phone-gap-dashboard");
        page.context().close();
    }

    @Test
    void aProgramManagerUpdatesATaskOnAPhone() {
        String title = "Phone update " + UUID.randomUUID().toString().substring(0, 8);
        long task = orders.ownedTask("pm.cisa", order.directive("A"), title, LocalDate.now(clock).plusDays(30));
        Page page = landing("pm.cisa", "My agency's tasks", "program-manager");
        page.navigate(url("/tasks/" + task));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        Locator percent = page.getByLabel("Percent complete");
        assertInsideWidth(percent);
        percent.fill("40");
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true));
        assertInsideWidth(save);
        save.click();
        assertThat(page.getByText("Task saved")).isVisible();
        String name = users.find("pm.cisa").orElseThrow().displayName();
        assertThat(page.getByText("Last saved by " + name + " at ")).isVisible();

        Locator narrative = page.getByLabel("What happened since the last update");
        assertInsideWidth(narrative);
        narrative.fill("Draft guidance circulated to the sector councils");
        Locator post = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post update"));
        assertInsideWidth(post);
        post.click();
        assertThat(page.locator("vaadin-grid-cell-content")
                .getByText("Draft guidance circulated to the sector councils", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        Locator comment = page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true));
        assertInsideWidth(comment);
        comment.fill("Sector councils answer by Friday");
        Locator postComment = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment"));
        assertInsideWidth(postComment);
        postComment.click();
        // the comment's author by name, not by username
        assertThat(page.locator(".comment").filter(new Locator.FilterOptions().setHasText("Sector councils answer"))
                .locator(".comment-meta")).containsText(name + " · ");
        Browser.assertNoSidewaysScroll(page);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "phone-task-updated");
        page.context().close();
    }

    /** Signs in, opens the role's landing page on a phone, checks its title and keeps its screenshot. */
    private Page landing(String username, String heading, String role) {
        Page page = signedIn(username);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true)))
                .isVisible();
        Browser.screenshot(page, "phone-landing-" + role);
        Browser.assertNoSidewaysScroll(page);
        return page;
    }

    /** Within the phone's width once scrolled to (it may lie further down the page). */
    private static void assertInsideWidth(Locator element) {
        element.scrollIntoViewIfNeeded();
        var box = element.boundingBox();
        assertThat(box).as("%s is shown", element).isNotNull();
        assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", element).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
