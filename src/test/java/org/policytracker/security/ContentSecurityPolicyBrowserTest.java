package org.policytracker.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.SignInAudit;
import org.policytracker.audit.SignInEvent;
import org.policytracker.audit.SignInEventKind;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.policytracker.support.PolicyTrackerTest;

/**
 * Every page of the navigation of every role loads with the Content-Security-Policy in force and
 * the browser reports no violation of it: neither a {@code securitypolicyviolation} event nor a
 * console message about the policy. The administrators' sign-in audit is theirs alone.
 */
@PolicyTrackerTest
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    /** Registered before any script of a page runs: every violation the document reports. */
    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @Autowired
    SignInAudit audit;
    @Autowired
    SignedIn signedInAs;

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
            assertThat(page.getByText("Could not navigate", new Page.GetByTextOptions().setExact(false))).hasCount(0);
            assertThat(violations(page)).as("%s on %s", username, path).isEmpty();
        }
        assertThat(console).as("console messages about the policy for %s", username).isEmpty();
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
        assertThat(manager.getByText("Could not navigate", new Page.GetByTextOptions().setExact(false)).first())
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
