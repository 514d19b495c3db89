package org.policytracker.shell.bench;

import com.microsoft.playwright.impl.driver.Driver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Signed-in browser sessions opened by another process (src/test/resources/bench/session-opener.js, run by the
 * Node.js and playwright-core that Playwright for Java unpacks), so that the heap the benchmark measures holds
 * the application's objects only: Playwright's Java client keeps an object, with its JSON, for every request
 * and response of every page it drives.
 */
final class SessionOpener implements AutoCloseable {

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    SessionOpener(String baseUrl) throws IOException {
        Path driver = Driver.ensureDriverInstalled(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"), false).driverDir();
        Path script = Files.createTempFile("session-opener", ".js");
        try (InputStream source = SessionOpener.class.getResourceAsStream("/bench/session-opener.js")) {
            Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
        }
        process = new ProcessBuilder(driver.resolve("node").toString(), script.toString(), driver.toString(), baseUrl,
                System.getProperty("playwright.chromium", "/usr/bin/chromium"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** A new browser context signed in as this person, left on the landing route once its page has loaded. */
    void open(String username, String password, String route) {
        send("open\t" + username + "\t" + password + "\t" + route);
    }

    /** The WebSockets the browser opened so far, one line each: count, tab, address without parameter values. */
    List<String> webSockets() {
        return send("sockets");
    }

    private List<String> send(String command) {
        commands.println(command);
        List<String> lines = new ArrayList<>();
        try {
            for (String line = answers.readLine(); ; line = answers.readLine()) {
                if (line == null || line.startsWith("error")) {
                    throw new IllegalStateException("The session opener answered " + line + " to " + command.split("\t")[0]);
                }
                if (line.equals("ok")) {
                    return lines;
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("close");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
