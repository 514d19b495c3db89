package org.policytracker.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.AppNode;
import org.policytracker.support.Browser;
import org.policytracker.support.KeycloakRealm;
import org.policytracker.support.KeycloakTest;
import org.policytracker.support.StickyLoadBalancer;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failover as docker-compose.yml runs it: two nodes with the keycloak and cluster profiles behind HAProxy
 * with a sticky cookie (both started by this test in this JVM; this test's context provides the real
 * Keycloak, the suite's MariaDB and the fixture). A program manager signs in at Keycloak through node 1
 * and saves a task; node 1 stops; the next request lands on node 2, which has no session for them,
 * sends them to Keycloak, and Keycloak's own session signs them straight back in: no login form, the
 * saved value on the page. Prints the time from the stop to the task page on node 2.
 */
@KeycloakTest
class KeycloakFailoverBrowserTest {

    private static final List<String> PROFILES = List.of("keycloak", "cluster");

    private static ConfigurableApplicationContext node1;
    private static ConfigurableApplicationContext node2;
    private static StickyLoadBalancer haproxy;
    private static Browser browser;
    private static long taskId;

    @Autowired
    KeycloakRealm realm;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startTwoNodesAndLoadBalancer(@Autowired KeycloakRealm realm, @Autowired TestOrders orders,
            @Autowired Clock clock) {
        var order = orders.order("FAILOVER").directive("A", "cisa").create();
        taskId = orders.task("pm.cisa", order.directive("A"), "Failover " + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.now(clock).plusMonths(1));
        node1 = AppNode.start(PROFILES, "--policy-tracker.keycloak.issuer-uri=" + realm.issuer());
        node2 = AppNode.start(PROFILES, "--policy-tracker.keycloak.issuer-uri=" + realm.issuer());
        haproxy = StickyLoadBalancer.start(List.of(StickyLoadBalancer.Node.of("node1", node1.getEnvironment()),
                StickyLoadBalancer.Node.of("node2", node2.getEnvironment())));
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        browser.close();
        haproxy.close();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            if (node.isActive()) {
                node.close();
            }
        }
    }

    private int percentComplete() {
        return jdbc.sql("select percent_complete from task where id = ?").param(taskId).query(Integer.class).single();
    }

    @Test
    void whenItsNodeStopsAPersonLandsOnTheOtherSignedInAgainByKeycloakWithoutALoginForm() {
        Page page = browser.newPage();
        page.context().addCookies(List.of(new Cookie("NODE", "node1").setUrl(haproxy.url("/"))));
        Browser.signInAtKeycloak(page, haproxy.url(""), realm.baseUrl(), "pm.cisa", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
        page.navigate(haproxy.url("/tasks/" + taskId));
        page.getByLabel("Percent complete").fill("37");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByText("Task saved")).isVisible();
        org.assertj.core.api.Assertions.assertThat(percentComplete()).isEqualTo(37);

        // what Keycloak answers from here on: its login form would be a 200, a silent sign-in a redirect
        List<Integer> keycloakAnswers = new CopyOnWriteArrayList<>();
        page.context().onResponse(response -> {
            if (response.url().startsWith(realm.baseUrl() + "/realms/")) {
                keycloakAnswers.add(response.status());
            }
        });
        page = StickyLoadBalancer.replaceTab(page);
        long stopped = System.nanoTime();
        node1.close();
        page.navigate(haproxy.url("/tasks/" + taskId));
        assertThat(page.getByLabel("Percent complete")).hasValue("37");
        long failoverMillis = (System.nanoTime() - stopped) / 1_000_000;
        System.out.println("KEYCLOAK-FAILOVER node 1 stopped -> task page signed in on node 2 without a login form: "
                + failoverMillis + " ms");

        org.assertj.core.api.Assertions.assertThat(keycloakAnswers).as("Keycloak was asked, and answered by redirect")
                .isNotEmpty().allMatch(status -> status == 302 || status == 303);
        assertThat(page.locator(".user-name")).hasText("Casey Morgan");
        org.assertj.core.api.Assertions.assertThat(page.context().cookies(haproxy.url("/")))
                .anyMatch(cookie -> cookie.name.equals("NODE") && cookie.value.equals("node2"));
        Browser.screenshot(page, "keycloak-failover-on-node2");
        page.context().close();
    }
}
