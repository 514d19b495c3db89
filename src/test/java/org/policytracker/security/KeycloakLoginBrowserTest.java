package org.policytracker.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.SignInAudit;
import org.policytracker.audit.SignInEvent;
import org.policytracker.audit.SignInEventKind;
import org.policytracker.support.Browser;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in and out through the real Keycloak in headless Chromium: the app sends the browser to
 * Keycloak's login page, a program manager lands on their agency's tasks, and signing out ends the
 * Keycloak session too. Screenshots go to target/screenshots/.
 */
@KeycloakTest
class KeycloakLoginBrowserTest {

    @AutoClose
    private static final Browser browser = new Browser();
    private static String cisaTask;

    @LocalServerPort
    int port;
    @Autowired
    KeycloakRealm realm;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInAudit audit;
    @Autowired
    SignedIn signedIn;

    private String app;

    @BeforeAll
    static void createTask(@Autowired TestOrders orders, @Autowired Clock clock) {
        var order = orders.order("KEYCLOAK").directive("A", "cisa").create();
        cisaTask = "Keycloak landing task " + order.code();
        // due long before any other task, so that it is the first row of CISA's grid (sorted by due date)
        orders.task("pm.cisa", order.directive("A"), cisaTask, LocalDate.now(clock).minusYears(20));
    }

    @BeforeEach
    void address() {
        app = "http://localhost:" + port;
    }

    @Test
    void aProgramManagerSignsInAtKeycloakAndSignsOutOfKeycloakToo() {
        Page page = browser.newPage();
        page.navigate(app + "/");
        page.waitForURL(realm.baseUrl() + "/realms/policy-tracker/**");
        assertThat(page.locator("#kc-login")).isVisible();
        Browser.screenshot(page, "keycloak-login-page");

        Browser.signInAtKeycloak(page, app, realm.baseUrl(), "pm.cisa", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks"))).isVisible();
        String cisa = jdbc.sql("select name from tenant where id = 'cisa'").query(String.class).single();
        assertThat(page.locator(".user-name")).hasText("Casey Morgan");
        assertThat(page.locator(".user-context")).hasText(cisa + " · Program manager");
        assertThat(page.locator("vaadin-grid-cell-content").getByText(cisaTask).first()).isVisible();
        Browser.screenshot(page, "keycloak-landing-program-manager");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(realm.baseUrl() + "/realms/policy-tracker/**");
        assertThat(page.locator("#username")).isVisible();
        Browser.screenshot(page, "keycloak-signed-out");

        // Keycloak's own session is over too: the app asks for credentials again instead of letting
        // Keycloak sign the browser straight back in
        page.navigate(app + "/");
        page.waitForURL(realm.baseUrl() + "/realms/policy-tracker/**");
        assertThat(page.locator("#password")).isVisible();
        assertThat(page.getByText("Casey Morgan")).hasCount(0);
        page.context().close();
        // both ends of the session are in the application's sign-in audit
        assertThat(signedIn.as("admin", () -> audit.latestOf("pm.cisa", 2))).extracting(SignInEvent::getKind)
                .containsExactly(SignInEventKind.LOGOUT, SignInEventKind.SUCCESS);
    }

    @Test
    void theLocalLoginFormIsNotOfferedWithKeycloak() {
        Page page = browser.newPage();
        page.navigate(app + "/login");
        page.waitForURL(realm.baseUrl() + "/realms/policy-tracker/**");
        assertThat(page.locator("#kc-login")).isVisible();
        page.context().close();
    }

    @Test
    void aPersonWithoutTenantOrRoleSeesTheNoAccessPage() {
        realm.addPerson("test-no-tenant", "Kim", "Nobody", null, null);
        Page page = browser.newPage();
        Browser.signInAtKeycloak(page, app, realm.baseUrl(), "test-no-tenant", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access to Policy Tracker")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(0);
        Browser.screenshot(page, "keycloak-no-access");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(realm.baseUrl() + "/realms/policy-tracker/**");
        assertThat(page.locator("#username")).isVisible();
        page.context().close();
    }

    @Test
    void aPersonNewToKeycloakIsServedAndJoinsTheDirectoryOfPeople() {
        realm.addPerson("test-new-pm", "Lee", "Newcomer", "doj", "PROGRAM_MANAGER");
        Page page = browser.newPage();
        Browser.signInAtKeycloak(page, app, realm.baseUrl(), "test-new-pm", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks"))).isVisible();
        assertThat(page.locator(".user-name")).hasText("Lee Newcomer");
        page.context().close();
        // task owners are chosen from this directory
        assertThat(jdbc.sql(
                        "select concat(tenant_id, ' ', display_name, ' ', roles) from app_user where username = 'test-new-pm'")
                .query(String.class).single()).isEqualTo("doj Lee Newcomer PROGRAM_MANAGER");
    }
}
