package org.policytracker.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * HAProxy (Debian's {@code haproxy}, installed by .ci/run) on a free loopback port in front of application
 * nodes, with the configuration of docker-compose.yml ({@value #PRODUCTION_CONFIG}: sticky cookie
 * {@code NODE}, readiness checks on each node's management port, redispatch) — only its address, its
 * servers and its request log replaced.
 */
public final class StickyLoadBalancer implements AutoCloseable {

    static final String PRODUCTION_CONFIG = "src/main/docker/haproxy.cfg";

    /** A node behind the load balancer: its cookie value and its application's ports. */
    public record Node(String cookie, int port, int managementPort) {

        public static Node of(String cookie, Environment application) {
            return new Node(cookie, application.getRequiredProperty("local.server.port", Integer.class),
                    application.getRequiredProperty("local.management.port", Integer.class));
        }
    }

    private final int port;
    private final Process haproxy;

    private StickyLoadBalancer(int port, Process haproxy) {
        this.port = port;
        this.haproxy = haproxy;
    }

    public static StickyLoadBalancer start(List<Node> nodes) {
        try {
            int port = freePort();
            String production = Files.readString(Path.of(PRODUCTION_CONFIG));
            if (!production.contains("bind :8080") || !production.strip().endsWith("cookie node2 port 9092")) {
                throw new IllegalStateException(PRODUCTION_CONFIG + " no longer binds :8080 or ends with its servers;"
                        + " adapt " + StickyLoadBalancer.class.getSimpleName());
            }
            String servers = nodes.stream().map(node -> "    server %s 127.0.0.1:%d cookie %s port %d"
                    .formatted(node.cookie(), node.port(), node.cookie(), node.managementPort()))
                    .collect(Collectors.joining("\n", "", "\n"));
            String config = production.replace("bind :8080", "bind 127.0.0.1:" + port)
                    .replaceAll("(?m)^\\s*(server|log|option httplog)\\b.*\\R", "") + servers;
            Path file = Files.createTempFile("haproxy", ".cfg");
            Files.writeString(file, config);
            return new StickyLoadBalancer(port,
                    new ProcessBuilder("haproxy", "-db", "-f", file.toString()).inheritIO().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start haproxy (apt-get install haproxy; .ci/run installs it)", e);
        }
    }

    /** The address of a path through the load balancer. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * A new tab of the same browser (its cookies kept) in place of the given one, which is closed: taken before
     * a node stops, so that the old tab's page, which reacts to a lost node by itself (reconnects, reloads, signs
     * in), does not race the test's next request for the session.
     */
    public static Page replaceTab(Page tab) {
        Page page = tab.context().newPage();
        tab.close();
        return page;
    }

    @Override
    public void close() throws InterruptedException {
        haproxy.destroy();
        haproxy.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
