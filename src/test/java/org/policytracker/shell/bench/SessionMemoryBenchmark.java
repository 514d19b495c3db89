package org.policytracker.shell.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Heap retained per signed-in Vaadin session, per role's landing view: opens {@code bench.sessions} (default 52)
 * headless Chromium contexts against the app in this JVM (driven from another process, {@link SessionOpener}, so
 * that this heap holds no browser automation objects), a quarter per role, each signed in through the login
 * form and left on its landing view, and after each role's batch forces full collections and reads the used heap.
 * One session per role is opened first and kept, so the baseline already holds what the first session of a
 * view loads once for everybody (classes, caches, the gap snapshot). Prints KB per session per role and overall,
 * and the classes whose retained bytes grew the most (the JVM's class histogram, which also collects fully).
 * Run by the bench profile, not by the tests: {@code ./mvnw -Pbench verify -Dtest=SessionMemoryBenchmark};
 * {@code -Dbench.heapdump=file.hprof} also writes a heap dump with all sessions open; {@code -Dbench.tasks=N} first
 * gives CISA N more tasks, to show that the task list's memory does not grow with the agency's tasks (it holds a page).
 */
@PolicyTrackerTest
// What production mode holds: the tests run Vaadin in development mode, whose component tracker keeps a Throwable
// (with its stack trace) for every component's creation and attachment, and whose dev tools open a connection of
// their own per page (a second WebSocket on /VAADIN/push, for live reload); production mode has neither.
@TestPropertySource(properties = {"vaadin.devmode.componentTracker.enabled=false",
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false"})
class SessionMemoryBenchmark {

    /** Each role's demo user and the landing route the home view forwards it to. */
    private static final List<String[]> ROLES = List.of(
            new String[] {"pm.cisa", "tasks"},
            new String[] {"reporter.health", "reporting"},
            new String[] {"viewer.congress", "gaps"},
            new String[] {"admin", "admin"});
    private static final List<String> CONNECTION_CLASSES = List.of("org.apache.tomcat.util.net.NioChannel",
            "org.apache.tomcat.util.net.SocketBufferHandler", "org.apache.coyote.http11.Http11Processor",
            "org.apache.tomcat.websocket.server.WsFrameServer", "org.apache.tomcat.websocket.WsSession",
            "org.atmosphere.cpr.AtmosphereResourceImpl");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    @LocalServerPort
    private int port;
    @Autowired
    private DemoUserDirectory users;
    @Autowired
    private TestOrders orders;
    @Autowired
    private Clock clock;

    @Test
    void heapRetainedPerSignedInSession() throws Exception {
        int perRole = Math.max(1, Integer.getInteger("bench.sessions", 52) / ROLES.size());
        int extraTasks = Integer.getInteger("bench.tasks", 0);
        if (extraTasks > 0) {
            long directive = orders.order("BENCHTASKS").directive("A", "cisa").create().directive("A");
            for (int i = 1; i <= extraTasks; i++) {
                orders.task("pm.cisa", directive, "Bench task " + i, LocalDate.now(clock).plusDays(i % 365));
            }
        }
        int pages = 0;
        try (SessionOpener browser = new SessionOpener("http://localhost:" + port)) {
            for (String[] role : ROLES) {
                openLanding(browser, role);
                pages++;
            }
            long baseline = usedHeapAfterFullGc();
            Map<String, long[]> histogramBefore = histogram();
            String load = loadAverage();
            List<String> rows = new ArrayList<>();
            long previous = baseline;
            for (String[] role : ROLES) {
                long started = System.nanoTime();
                for (int i = 0; i < perRole; i++) {
                    openLanding(browser, role);
                    pages++;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                long used = usedHeapAfterFullGc();
                rows.add(String.format(Locale.ROOT, "%-16s %-10s %8d %14.1f %12.1f   %s", role[0], "/" + role[1],
                        perRole, (used - previous) / 1024.0 / perRole, seconds, loadAverage()));
                previous = used;
            }
            Map<String, long[]> histogramAfter = histogram();
            // from here on: what grew, instances and bytes
            histogramAfter.forEach((name, after) -> {
                long[] before = histogramBefore.getOrDefault(name, new long[2]);
                after[0] -= before[0];
                after[1] -= before[1];
            });
            int sessions = perRole * ROLES.size();
            System.out.printf(Locale.ROOT, "%n== Session memory: %d signed-in sessions (+%d warm-up, one per role), "
                    + "%d cores, max heap %,d MiB; %d more tasks for CISA (bench.tasks) ==%n", sessions, ROLES.size(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, extraTasks);
            System.out.printf(Locale.ROOT, "used heap after full GC: baseline %,d KB, with all sessions %,d KB "
                    + "(load average at baseline %s)%n", baseline >> 10, previous >> 10, load);
            System.out.printf(Locale.ROOT, "%-16s %-10s %8s %14s %12s   %s%n", "user", "landing", "sessions",
                    "KB per session", "opened in s", "load average (1, 5, 15 min)");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "BENCHMARK session-memory: %.1f KB retained per signed-in session "
                    + "over all roles (target <= 250 KB)%n", (previous - baseline) / 1024.0 / sessions);
            // the histogram counts live objects only (no free space left in G1's regions): the steadier of the two figures
            System.out.printf(Locale.ROOT, "the same from the class histograms (live objects, all classes): %.1f KB per "
                    + "session%n", histogramAfter.values().stream().mapToLong(counts -> counts[1]).sum() / 1024.0 / sessions);
            System.out.printf(Locale.ROOT, "%s VaadinSession and %s UI instances more (the browser runs in a process of "
                    + "its own: nothing of it is in this heap)%n", histogramAfter.getOrDefault(
                            "com.vaadin.flow.server.VaadinSession", new long[1])[0],
                    histogramAfter.getOrDefault("com.vaadin.flow.component.UI", new long[1])[0]);
            // buffers (byte and char arrays) held by open connections and by Tomcat's caches of recycled ones
            System.out.println("connections (instances more per session; each NioChannel holds a read and a write buffer "
                    + "of 4 KB, each WebSocket three frame buffers of 2 KB: shell.PushConnectionMemory):");
            CONNECTION_CLASSES.forEach(name -> System.out.printf(Locale.ROOT, "  %8.2f  %s%n",
                    histogramAfter.getOrDefault(name, new long[1])[0] / (double) sessions, name));
            System.out.printf(Locale.ROOT, "WebSockets the browser opened for %d pages, each signed in through the login "
                    + "page (the server keeps those still open):%n", pages);
            browser.webSockets().forEach(line -> System.out.printf(Locale.ROOT, "  %5s  %s%n",
                    line.split("\t")[1], line.split("\t")[2]));
            String dump = System.getProperty("bench.heapdump");
            if (dump != null) {
                // live objects only, with every session still open: src/build/hprof_owners.py reads it
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump, true);
                System.out.println("heap dump: " + dump);
            }
            System.out.println("classes that grew most (class histogram after - before, KB per session, instances per session):");
            histogramAfter.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[1]).reversed())
                    .limit(Integer.getInteger("bench.histogram.rows", 30))
                    .forEach(entry -> System.out.printf(Locale.ROOT, "  %10.1f KB %8.1f  %s%n",
                            entry.getValue()[1] / 1024.0 / sessions, entry.getValue()[0] / (double) sessions,
                            entry.getKey()));
            System.out.println();
        }
    }

    /** A new browser context signed in as the role's demo user, waiting until its landing view has loaded. */
    private void openLanding(SessionOpener browser, String[] role) {
        browser.open(role[0], users.find(role[0]).orElseThrow().password(), role[1]);
    }

    /** Used heap after full collections until it no longer shrinks (System.gc() is a full collection with G1). */
    private static long usedHeapAfterFullGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /**
     * The JVM's class histogram of live objects (the diagnostic command GC.class_histogram, which collects fully
     * first): per class name, its instances and bytes.
     */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                long[] counts = classes.computeIfAbsent(row.group(3), name -> new long[2]);
                counts[0] += Long.parseLong(row.group(1));
                counts[1] += Long.parseLong(row.group(2));
            }
        }
        return classes;
    }

    /** The machine's load average (1, 5, 15 minutes): other builds share its cores. */
    static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
