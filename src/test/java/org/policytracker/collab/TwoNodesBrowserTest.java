package org.policytracker.collab;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.security.TenantUser;
import org.policytracker.support.AppNode;
import org.policytracker.support.Browser;
import org.policytracker.support.LocalRedis;
import org.policytracker.support.StickyLoadBalancer;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one MariaDB and one Redis behind HAProxy with a sticky cookie: node 1 is a
 * second application started in this JVM, node 2 this test's application context. Browser A is pinned
 * to node 1, browser B to node 2: A's saves show in B's open grid (the delay of ten of them printed, with
 * their median), B sees A on the task, A's mention rings B's bell, a Treasury manager on node 2 receives
 * nothing. The broker stops for 20 s: saves on both nodes are acknowledged and stored, and B's open grid
 * follows A again once it is back. Then node 1 stops: A's next request lands on node 2, where A signs in
 * again and finds every acknowledged save.
 */
class TwoNodesBrowserTest extends ClusterContext {

    private static ConfigurableApplicationContext node1;
    private static StickyLoadBalancer haproxy;
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
    @Autowired
    ApplicationContext node2;

    @BeforeAll
    static void startSecondNodeAndLoadBalancer(@Autowired ApplicationContext node2, @Autowired TestOrders orders) {
        order = orders.order("NODES").directive("A", "cisa").create();
        node1 = AppNode.start(List.of(EventBus.CLUSTER_PROFILE));
        awaitDelivery(node1, node2);
        awaitDelivery(node2, node1);
        haproxy = StickyLoadBalancer.start(List.of(StickyLoadBalancer.Node.of("node1", node1.getEnvironment()),
                StickyLoadBalancer.Node.of("node2", node2.getEnvironment())));
        browser = new Browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        browser.close();
        haproxy.close();
        if (node1.isActive()) {
            node1.close();
        }
    }

    /**
     * Sends probe events from one node until the other receives one: a node's subscription starts in the
     * background (again after a broker outage), and pub/sub keeps nothing for a subscriber not there yet.
     */
    private static void awaitDelivery(ApplicationContext from, ApplicationContext to) {
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
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser whose requests HAProxy sends to the given node (its sticky cookie already set), signed in. */
    private Page pinnedTo(String node, String username) {
        Page page = browser.newPage();
        page.context().addCookies(List.of(new Cookie("NODE", node).setUrl(haproxy.url("/"))));
        signIn(page, username);
        return page;
    }

    private void signIn(Page page, String username) {
        Browser.signIn(page, haproxy.url(""), username, users.find(username).orElseThrow().password());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
    }

    private static Locator bell(Page page, int unread) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Notifications, " + unread + " unread"));
    }

    private static Locator progressBar(Page page, int percent) {
        return page.locator("vaadin-progress-bar[aria-label='" + percent + " percent complete']")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    private int unread(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(username)
                .query(Integer.class).single();
    }

    private int percentComplete(long taskId) {
        return jdbc.sql("select percent_complete from task where id = ?").param(taskId).query(Integer.class).single();
    }

    /** An acknowledged save is in the database (a "Task saved" of the previous save may still be showing). */
    private void assertStored(long taskId, int percent) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                org.assertj.core.api.Assertions.assertThat(percentComplete(taskId)).isEqualTo(percent));
    }

    /** Saves the percent on the task page, waiting for "Task saved"; returns when Save was clicked. */
    private static long savePercent(Page taskPage, int percent) {
        taskPage.getByLabel("Percent complete").fill(String.valueOf(percent));
        long clickedAt = Browser.realMillis(taskPage);
        taskPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(taskPage.getByText("Task saved").last()).isVisible();
        return clickedAt;
    }

    private static String gridOf(String title) {
        return "/tasks?q=" + title.replace(" ", "+");
    }

    @Test
    void liveUpdatesPresenceAndMentionsCrossNodesSurviveABrokerOutageAndANodesUsersLandOnTheOtherWhenItStops()
            throws Exception {
        String title = "Nodes " + UUID.randomUUID().toString().substring(0, 8);
        long taskId = orders.task("pm.cisa", order.directive("A"), title, LocalDate.now(clock).plusMonths(1));
        String otherTitle = "Nodes B " + UUID.randomUUID().toString().substring(0, 8);
        long otherTaskId = orders.task("pm.cisa", order.directive("A"), otherTitle, LocalDate.now(clock).plusMonths(2));
        int otherUnread = unread("pm.treasury");
        Page a = pinnedTo("node1", "pm.cisa");
        Page b = pinnedTo("node2", "pm2.cisa");
        Page other = pinnedTo("node2", "pm.treasury");

        // presence: B has the task open on node 2 while A opens it on node 1
        b.navigate(haproxy.url("/tasks/" + taskId));
        a.navigate(haproxy.url("/tasks/" + taskId));
        assertThat(b.getByText("Viewing now: Casey Morgan, Jordan Reyes")).isVisible();
        Browser.screenshot(b, "two-nodes-presence-b-on-node2");

        // A saves on node 1, ten times; B's open grid on node 2 follows each without a reload
        b.navigate(haproxy.url(gridOf(title)));
        assertThat(b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        List<Long> delays = new ArrayList<>();
        for (int percent = 41; percent <= 50; percent++) {
            assertThat(progressBar(b, percent)).hasCount(0);
            // B notes the moment the new value appears in its page (same machine, same clock as A)
            Browser.noteWhenShown(b, "vaadin-progress-bar[aria-label='" + percent + " percent complete']");
            long clickedAt = savePercent(a, percent);
            assertThat(progressBar(b, percent)).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            delays.add(Browser.shownAt(b) - clickedAt);
        }
        System.out.println("TWO-NODES save clicked in A (node 1) -> shown in B (node 2), ten saves: " + delays
                + " ms, median " + delays.stream().sorted().toList().get(delays.size() / 2) + " ms");
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

        // the broker stops for 20 s: saves on both nodes are acknowledged and stored, B's grid stays open
        Page bSaves = pinnedTo("node2", "pm2.cisa");
        bSaves.navigate(haproxy.url("/tasks/" + otherTaskId));
        LocalRedis redis = LocalRedis.shared();
        redis.stop();
        long outage = System.nanoTime();
        savePercent(a, 60);
        savePercent(bSaves, 61);
        assertStored(taskId, 60);
        assertStored(otherTaskId, 61);
        Thread.sleep(Math.max(0, Duration.ofSeconds(20).toMillis() - (System.nanoTime() - outage) / 1_000_000));
        savePercent(a, 62);
        assertStored(taskId, 62);
        redis.start();
        long back = System.nanoTime();
        awaitDelivery(node1, node2);
        System.out.println("TWO-NODES broker back -> events cross nodes again after "
                + (System.nanoTime() - back) / 1_000_000 + " ms");
        // B's grid, open all along, follows A's next save again
        savePercent(a, 63);
        assertThat(progressBar(b, 63)).hasCount(1);
        Browser.screenshot(b, "two-nodes-grid-b-after-broker-outage");

        // node 1 stops: A's next request lands on node 2, A signs in again there and finds every save
        a = StickyLoadBalancer.replaceTab(a);
        long stopped = System.nanoTime();
        node1.close();
        a.navigate(haproxy.url("/tasks/" + taskId));
        a.waitForURL("**/login");
        long failoverMillis = (System.nanoTime() - stopped) / 1_000_000;
        signIn(a, "pm.cisa");
        a.navigate(haproxy.url(gridOf(title)));
        assertThat(progressBar(a, 63)).hasCount(1);
        System.out.println("TWO-NODES node 1 stopped -> A's next request answered by node 2 (sign-in page): "
                + failoverMillis + " ms");
        org.assertj.core.api.Assertions.assertThat(percentComplete(taskId)).isEqualTo(63);
        org.assertj.core.api.Assertions.assertThat(percentComplete(otherTaskId)).isEqualTo(61);
        Browser.screenshot(a, "two-nodes-a-on-node2-after-failover");
        for (Page page : List.of(a, b, other, bSaves)) {
            page.context().close();
        }
    }
}
