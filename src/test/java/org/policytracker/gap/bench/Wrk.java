package org.policytracker.gap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Load from wrk (Debian's package; installed with apt-get when missing and the benchmark runs as root):
 * 64 connections on 2 threads against one address on the loopback, bounded in time.
 */
final class Wrk {

    static final int CONNECTIONS = 64;

    private Wrk() {
    }

    static void run(String label, String url, int seconds, String... headers) throws Exception {
        if (!installed()) {
            System.out.printf(Locale.ROOT, "%s: skipped, wrk is not installed (apt-get install wrk)%n", label);
            return;
        }
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--latency", "--timeout", "10s"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor(seconds + 30L, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "%s, wrk %d connections:%n%s", label, CONNECTIONS, summary(output));
    }

    /** The lines that say how fast and how well: requests/s, latency percentiles, errors and non-2xx/3xx answers. */
    private static String summary(String output) {
        StringBuilder lines = new StringBuilder();
        for (String line : output.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Requests/sec") || trimmed.startsWith("50%") || trimmed.startsWith("99%")
                    || trimmed.contains("requests in") || trimmed.startsWith("Non-2xx") || trimmed.startsWith("Socket errors")) {
                lines.append("  ").append(trimmed).append('\n');
            }
        }
        return lines.isEmpty() ? output : lines.toString();
    }

    private static boolean installed() throws IOException, InterruptedException {
        if (onPath()) {
            return true;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        new ProcessBuilder("apt-get", "install", "-y", "wrk").inheritIO().start().waitFor(5, TimeUnit.MINUTES);
        return onPath();
    }

    private static boolean onPath() throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() == 0;
    }
}
