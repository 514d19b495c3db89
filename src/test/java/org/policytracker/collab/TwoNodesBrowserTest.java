package org.policytracker.collab;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.PolicyTrackerApplication;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.security.TenantUser;
import org.policytracker.support.Browser;
import org.policytracker.support.LocalRedis;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one MariaDB and one Redis behind HAProxy with a sticky cookie: node 1 is this
 * test's application context, node 2 a second application started in the same JVM. Browser A is pinned
 * to node 1, browser B to node 2: A's save shows in B's open grid, each sees the other on the task, A's
 * mention rings B's bell, a Treasury manager on node 2 receives nothing. Then node 2 stops: B's next
 * request lands on node 1, where B signs in again and finds every acknowledged save. Prints the delay
 * from A's save to B's update and the failover time.
 */
class TwoNodesBrowserTest extends ClusterContext {

    private static ConfigurableApplicationContext node2;
    private static Process haproxy;
    private static int haproxyPort;
    private static Browser browser;
    private static TestOrder order;

    @Autowired
    TestOrders orders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUserDirectory users;
    @Autowired
    Clock clock;

    @BeforeAll
    static void startSecondNodeAndLoadBalancer(@Autowired Environment node1, @Autowired TestOrders orders,
            @Autowired ApplicationContext node1Context) throws Exception {
        order = orders.order("NODES").directive("A", "cisa").create();
        node2 = new SpringApplicationBuilder(PolicyTrackerApplication.class).profiles(EventBus.CLUSTER_PROFILE)
                .run("--server.port=0", "--management.server.port=0",
                        "--spring.data.redis.port=" + LocalRedis.shared().port(),
                        "--policy-tracker.demo-data.enabled=false");
        awaitDelivery(node1Context, node2);
        awaitDelivery(node2, node1Context);
        haproxyPort = freePort();
        Path config = Files.createTempFile("haproxy", ".cfg");
        Files.writeString(config, """
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 5m
                    timeout server 5m
                    timeout tunnel 5m
                    option redispatch
                    retries 2
                frontend web
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie NODE insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server check inter 500ms fall 2 rise 1
                    server node1 127.0.0.1:%d cookie node1 port %d
                    server node2 127.0.0.1:%d cookie node2 port %d
                """.formatted(haproxyPort, node1.getRequiredProperty("local.server.port", Integer.class),
                node1.getRequiredProperty("local.management.port", Integer.class),
                node2.getEnvironment().getRequiredProperty("local.server.port", Integer.class),
                node2.getEnvironment().getRequiredProperty("local.management.port", Integer.class)));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).inheritIO().start();
        browser = new Browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        browser.close();
        haproxy.destroy();
        haproxy.waitFor();
        if (node2.isActive()) {
            node2.close();
        }
    }

    /**
     * Sends probe events from one node until the other receives one: a node's subscription starts in the
     * background, and pub/sub keeps nothing for a subscriber that is not there yet.
     */
    private static void awaitDelivery(ApplicationContext from, ApplicationContext to) throws Exception {
        ItemRef probe = ItemRef.task(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2));
        List<ChangeEvent> received = new CopyOnWriteArrayList<>();
        TenantUser oversight = from.getBean(DemoUserDirectory.class).find("viewer.congress").orElseThrow();
        Instant now = from.getBean(Clock.class).instant();
        try (AutoCloseable view = to.getBean(LocalSubscribers.class).add(oversight, received::add)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                from.getBean(EventBus.class).publish(new ChangeEvent(ChangeEvent.Kind.UPDATED, probe, "cisa", null,
                        "pm.cisa", "probe", null, now));
                return received.stream().anyMatch(event -> event.item().equals(probe));
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + haproxyPort + path;
    }

    /** A browser whose requests HAProxy sends to the given node (its sticky cookie already set), signed in. */
    private Page pinnedTo(String node, String username) {
        Page page = browser.newPage();
        page.context().addCookies(List.of(new Cookie("NODE", node).setUrl(url("/"))));
        Browser.signIn(page, url(""), username, users.find(username).orElseThrow().password());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
        return page;
    }

    private static Locator bell(Page page, int unread) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Notifications, " + unread + " unread"));
    }

    private int unread(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(username)
                .query(Integer.class).single();
    }

    @Test
    void liveUpdatesPresenceAndMentionsCrossNodesAndANodesUsersLandOnTheOtherWhenItStops() {
        String title = "Nodes " + UUID.randomUUID().toString().substring(0, 8);
        long taskId = orders.task("pm.cisa", order.directive("A"), title, LocalDate.now(clock).plusMonths(1));
        int otherUnread = unread("pm.treasury");
        Page a = pinnedTo("node1", "pm.cisa");
        Page b = pinnedTo("node2", "pm2.cisa");
        Page other = pinnedTo("node2", "pm.treasury");

        // presence: B has the task open on node 2 while A opens it on node 1
        b.navigate(url("/tasks/" + taskId));
        a.navigate(url("/tasks/" + taskId));
        assertThat(b.getByText("Viewing now: Casey Morgan, Jordan Reyes")).isVisible();
        Browser.screenshot(b, "two-nodes-presence-b-on-node2");

        // A saves on node 1; B's open grid on node 2 follows without a reload
        b.navigate(url("/tasks?q=" + title.replace(" ", "+")));
        assertThat(b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        Locator bBar = b.locator("vaadin-progress-bar[aria-label='45 percent complete']")
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(bBar).hasCount(0);
        // B notes the moment the new value appears in its page (same machine, same clock as A)
        Browser.noteWhenShown(b, "vaadin-progress-bar[aria-label='45 percent complete']");
        a.getByLabel("Percent complete").fill("45");
        long clickedAt = Browser.realMillis(a);
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(a.getByText("Task saved")).isVisible();
        assertThat(bBar).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
        System.out.println("TWO-NODES save clicked in A (node 1) -> shown in B (node 2): "
                + (Browser.shownAt(b) - clickedAt) + " ms");
        Browser.screenshot(b, "two-nodes-grid-b-updated");

        // A mentions B on node 1: B's bell on node 2 counts it
        int bUnread = unread("pm2.cisa");
        assertThat(bell(b, bUnread)).isVisible();
        a.getByLabel("Comment").fill("@pm2.cisa across nodes, please check");
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(a.getByText("across nodes, please check")).isVisible();
        assertThat(bell(b, bUnread + 1)).isVisible();

        // the Treasury manager on node 2 received nothing
        assertThat(bell(other, otherUnread)).isVisible();
        assertThat(other.getByText(title)).hasCount(0);

        // node 2 stops: B's next request lands on node 1, B signs in again there and finds the save
        long stopped = System.nanoTime();
        node2.close();
        b.navigate(url("/tasks/" + taskId));
        b.waitForURL("**/login");
        long failoverMillis = (System.nanoTime() - stopped) / 1_000_000;
        Browser.signIn(b, url(""), "pm2.cisa", users.find("pm2.cisa").orElseThrow().password());
        assertThat(b.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
        b.navigate(url("/tasks?q=" + title.replace(" ", "+")));
        assertThat(bBar).hasCount(1);
        System.out.println("TWO-NODES node 2 stopped -> B's next request answered by node 1 (sign-in page): "
                + failoverMillis + " ms");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select percent_complete from task where id = ?")
                .param(taskId).query(Integer.class).single()).isEqualTo(45);
        Browser.screenshot(b, "two-nodes-b-on-node1-after-failover");
        a.context().close();
        b.context().close();
        other.context().close();
    }
}
