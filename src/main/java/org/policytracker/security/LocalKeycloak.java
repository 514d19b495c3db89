package org.policytracker.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server from the distribution that Maven unpacks into {@code target/keycloak/}
 * ({@code org.keycloak:keycloak-quarkus-dist}), run on 127.0.0.1 with the realm of
 * {@code realm-config/} imported into an in-memory database: every start begins from the realm
 * export. It runs on the JDK of this JVM. One per JVM; it stops when the JVM exits.
 */
public final class LocalKeycloak {

    /** Temporary administrator of the master realm (Keycloak's bootstrap admin), as in docker-compose.yml. */
    public static final String ADMIN_USERNAME = "admin";

    private static LocalKeycloak running;

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final Duration startTime;
    private final long residentKbWhenReady;

    private LocalKeycloak(Process process, String baseUrl, Path log, Duration startTime) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.startTime = startTime;
        this.residentKbWhenReady = residentKb("VmRSS");
    }

    /**
     * Starts Keycloak, or returns the one this JVM already runs.
     *
     * @param home          the unpacked distribution (holding {@code bin/kc.sh})
     * @param realmDir      folder of realm exports to import ({@code realm-config/})
     * @param realm         the realm whose discovery document tells that the import is done
     * @param port          HTTP port on 127.0.0.1; 0 picks a free one
     * @param adminPassword password of the temporary master-realm administrator {@value #ADMIN_USERNAME}
     * @param timeout       how long to wait for the realm to be served
     */
    public static synchronized LocalKeycloak start(Path home, Path realmDir, String realm, int port,
            String adminPassword, Duration timeout) {
        if (running != null) {
            return running;
        }
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
                    + ": it is unpacked there by the Maven build (./mvnw -Pkeycloak, ./mvnw verify)");
        }
        int httpPort = port == 0 ? freePort() : port;
        String baseUrl = "http://127.0.0.1:" + httpPort;
        Path log = home.resolveSibling("keycloak.log");
        try {
            copyRealms(realmDir, home.resolve("data/import"));
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "start-dev", "--db=dev-mem",
                    "--import-realm", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                    // one issuer, whichever address a request came by
                    "--hostname=" + baseUrl)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            long started = System.nanoTime();
            Process process = builder.start();
            LocalKeycloak keycloak = new LocalKeycloak(process, baseUrl, log,
                    awaitRealm(process, baseUrl + "/realms/" + realm + "/.well-known/openid-configuration", log,
                            started, timeout));
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "local-keycloak-stop"));
            running = keycloak;
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** Where browsers and the application reach it, e.g. {@code http://127.0.0.1:8180}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String issuerUri(String realm) {
        return baseUrl + "/realms/" + realm;
    }

    /** From starting the process to the realm being served. */
    public Duration startTime() {
        return startTime;
    }

    /** Resident memory (kB) of Keycloak's processes when the realm was first served. */
    public long residentKbWhenReady() {
        return residentKbWhenReady;
    }

    /** The highest resident memory (kB) of Keycloak's processes so far (VmHWM). */
    public long peakResidentKb() {
        return residentKb("VmHWM");
    }

    public Path log() {
        return log;
    }

    /** Stops Keycloak gracefully (SIGTERM, which kc.sh passes on), forcibly after 30 s. */
    synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        long peak = peakResidentKb();
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            Files.writeString(log, "local-keycloak: stopped; ready after " + startTime.toMillis() + " ms, resident "
                    + residentKbWhenReady / 1024 + " MB when ready, peak resident " + peak / 1024 + " MB" + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (IOException e) {
            // the figures are only informative
        }
    }

    private long residentKb(String field) {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .mapToLong(handle -> statusKb(handle.pid(), field)).sum();
    }

    private static long statusKb(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith(field + ":"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0; // not Linux, or the process has just ended
        }
    }

    private static void copyRealms(Path realmDir, Path importDir) throws IOException {
        Files.createDirectories(importDir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir, "*.json")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        try (DirectoryStream<Path> realms = Files.newDirectoryStream(realmDir, "*.json")) {
            for (Path file : realms) {
                Files.copy(file, importDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Duration awaitRealm(Process process, String discovery, Path log, long started, Duration timeout)
            throws IOException {
        long deadline = started + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(5)).build();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with status " + process.exitValue()
                            + " before serving its realm; see " + log.toAbsolutePath());
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return Duration.ofNanos(System.nanoTime() - started);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + timeout + "; see "
                + log.toAbsolutePath());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
