package org.policytracker.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.SignInAudit;
import org.policytracker.audit.SignInEvent;
import org.policytracker.audit.SignInEventKind;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.policytracker.support.PolicyTrackerTest;

/**
 * Every page of the navigation of every role, and the detail pages and dialogs a person opens from
 * them (a task's editor and read-only page, a directive, a report's discussion, the review queue,
 * the gap dashboard's drill-down and "How computed?", the new-task and bulk-update dialogs), loads
 * with the Content-Security-Policy in force and the browser reports no violation of it: neither a
 * {@code securitypolicyviolation} event nor a console message about the policy. The detail pages
 * show this class's own order, task and report. The administrators' sign-in audit is theirs alone.
 */
@PolicyTrackerTest
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    /** Registered before any script of a page runs: every violation the document reports. */
    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    private static final String MANAGER = "pm.cisa";
    private static TestOrder order;
    private static String taskTitle;
    private static long task;
    private static long report;

    @Autowired
    SignInAudit audit;
    @Autowired
    SignedIn signedInAs;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("CSP").directive("D", "cisa").measure("M", "D", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        taskTitle = "CSP task of " + order.code();
        task = orders.ownedTask(MANAGER, order.directive("D"), taskTitle, LocalDate.of(2090, 6, 30));
        report = orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 100, 40, 10)
                .id();
    }

    private static List<String> watch(Page page) {
        List<String> console = new ArrayList<>();
        page.addInitScript(COLLECT_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                console.add(message.text());
            }
        });
        return console;
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.__cspViolations || []");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pm.cisa", "reporter.health", "viewer.congress", "admin"})
    void everyPageOfTheRoleLoadsWithoutAPolicyViolation(String username) {
        Page page = browser.newPage();
        List<String> console = watch(page);
        Response login = page.navigate(url("/login"));
        assertThat(login.headers().get("content-security-policy")).matches(SecurityHeadersTest.POLICY_WITH_A_NONCE);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(violations(page)).as("login page").isEmpty();

        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(users.find(username).orElseThrow().password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        List<String> paths = page.locator("vaadin-side-nav-item").all().stream()
                .map(item -> item.getAttribute("path")).toList();
        assertThat(paths).isNotEmpty();

        for (String path : paths) {
            page.navigate(url("/" + path.replaceFirst("^/", "")));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
            assertThat(page.getByText("Page not found")).hasCount(0);
            assertThat(violations(page)).as("%s on %s", username, path).isEmpty();
        }
        assertThat(console).as("console messages about the policy for %s", username).isEmpty();
        page.context().close();
    }

    /** A page watched from its first document on (see {@link #watch}) and signed in as the user. */
    private record Watched(Page page, List<String> console) {
    }

    private Watched watchedAs(String username) {
        Page page = browser.newPage();
        List<String> console = watch(page);
        Browser.signIn(page, url(""), username, users.find(username).orElseThrow().password());
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        return new Watched(page, console);
    }

    private void open(Page page, String path, String heading) {
        Response response = page.navigate(url(path));
        assertThat(response.headers().get("content-security-policy")).matches(SecurityHeadersTest.POLICY_WITH_A_NONCE);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)).first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(Pattern.compile("not found$")))).hasCount(0);
        assertThat(violations(page)).as(path).isEmpty();
    }

    /** Opens a dialog with the button, checks it for violations and closes it with its button. */
    private static void openDialog(Page page, Locator opener, String closeButton, String what) {
        opener.click();
        Locator close = page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(closeButton).setExact(true));
        assertThat(close).isVisible();
        Browser.screenshot(page, "csp-" + what.replace(' ', '-')); // renders frames: the dialog's content is drawn
        assertThat(violations(page)).as(what).isEmpty();
        close.click();
        assertThat(close).isHidden();
    }

    @Test
    void theManagersDetailPagesAndDialogsLoadWithoutAPolicyViolation() {
        Watched watched = watchedAs(MANAGER);
        Page page = watched.page();
        open(page, "/tasks/" + task, taskTitle);
        open(page, "/directives/" + order.directive("D"), order.directiveTitle("D"));
        open(page, "/reports/" + report, "Report ");
        open(page, "/reports/review", "Reports to review");

        open(page, "/tasks?q=" + taskTitle.replace(' ', '+'), "My agency's tasks");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(taskTitle))).isVisible();
        openDialog(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New task")), "Cancel",
                "new task dialog");
        page.locator("vaadin-grid vaadin-checkbox").last().click();
        openDialog(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update selected…")),
                "Cancel", "bulk update dialog");
        assertThat(violations(page)).as("tasks page").isEmpty();
        assertThat(watched.console()).as("console messages about the policy").isEmpty();
        page.context().close();
    }

    @Test
    void theViewersDetailPagesAndDialogsLoadWithoutAPolicyViolation() {
        Watched watched = watchedAs("viewer.congress");
        Page page = watched.page();
        open(page, "/tasks/" + task + "/view", taskTitle);

        open(page, "/gaps?order=" + order.id(), "Gap overview");
        openDialog(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Drill down into "))).first(), "Close", "gap drill-down dialog");
        openDialog(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^How is .+ computed\\?$"))).first(), "Close", "how computed dialog");
        assertThat(violations(page)).as("gap dashboard").isEmpty();
        assertThat(watched.console()).as("console messages about the policy").isEmpty();
        page.context().close();
    }

    @Test
    void theSignInAuditIsForAdministratorsOnly() {
        Page admin = signedIn("admin");
        admin.navigate(url("/sign-in-audit"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign-in audit"))).isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("SUCCESS").first()).isVisible();
        admin.context().close();

        Page manager = signedIn("pm.cisa");
        assertThat(manager.locator("vaadin-side-nav-item").first()).isVisible();
        manager.navigate(url("/sign-in-audit"));
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign-in audit"))).hasCount(0);
        manager.context().close();
    }

    @Test
    void signingInAndOutIsRecordedInTheAudit() {
        Page page = signedIn("reporter.slg");
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/login");
        page.context().close();
        List<SignInEvent> events = signedInAs.as("admin", () -> audit.latestOf("reporter.slg", 2));
        assertThat(events).extracting(SignInEvent::getKind).containsExactly(SignInEventKind.LOGOUT, SignInEventKind.SUCCESS);
        // the browser's address: this machine (Chromium reaches localhost over IPv6 or IPv4)
        assertThat(events).extracting(SignInEvent::getAddress).allSatisfy(address ->
                assertThat(InetAddress.getByName(address).isLoopbackAddress()).as(address).isTrue());
    }
}
