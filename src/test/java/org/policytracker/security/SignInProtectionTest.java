package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.SignInAudit;
import org.policytracker.audit.SignInEvent;
import org.policytracker.audit.SignInEventKind;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The local login form over real HTTP (issue 16, sign-in protection): repeated wrong passwords lock
 * the name out and the audit records it; an unknown name and a wrong password get the same answer;
 * a form sent from another site is refused. Each test uses demo users no other test signs in as
 * (pm.nsa, pm.doj, pm2.cisa), since a lockout lasts for the fixed test clock.
 */
@PolicyTrackerTest
class SignInProtectionTest {

    @LocalServerPort
    int port;
    @Autowired
    SignInAudit audit;
    @Autowired
    SignedIn signedIn;

    private HttpResponse<String> signIn(String username, String password, Map<String, String> headers)
            throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return signIn(username, password, Map.of());
    }

    private List<SignInEventKind> auditOf(String username) {
        return auditOf(username, 0);
    }

    /** The name's audit trail, oldest first, after the event {@code afterId} (other tests sign in as demo users too). */
    private List<SignInEventKind> auditOf(String username, long afterId) {
        return signedIn.as("admin", () -> audit.latestOf(username, 100)).stream().filter(event -> event.getId() > afterId)
                .map(SignInEvent::getKind).collect(Collectors.toList()).reversed();
    }

    private long latestAuditId(String username) {
        return signedIn.as("admin", () -> audit.latestOf(username, 1)).stream().mapToLong(SignInEvent::getId).max().orElse(0);
    }

    @Test
    void twentyWrongPasswordsLockTheNameOutSoTheRightOneIsRefusedAndTheAuditShowsIt() throws Exception {
        String user = "pm.nsa";
        long before = latestAuditId(user);
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> wrong = signIn(user, "wrong-" + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?error"));
        }
        // the delays of the five counted failures: 0.25 + 0.5 + 1 + 2 + 2 s
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(5_750);

        HttpResponse<String> right = signIn(user, "demo");
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));

        assertThat(auditOf(user, before)).containsExactlyElementsOf(expectedLockoutTrail());
    }

    private static List<SignInEventKind> expectedLockoutTrail() {
        List<SignInEventKind> trail = new java.util.ArrayList<>(List.of(SignInEventKind.FAILURE, SignInEventKind.FAILURE,
                SignInEventKind.FAILURE, SignInEventKind.FAILURE, SignInEventKind.LOCKOUT, SignInEventKind.FAILURE));
        for (int i = 0; i < 16; i++) {
            trail.add(SignInEventKind.REFUSED_LOCKED_OUT);
        }
        return trail;
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswerInAboutTheSameTime() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID();
        long startedUnknown = System.nanoTime();
        HttpResponse<String> unknownAnswer = signIn(unknown, "demo");
        long unknownMillis = (System.nanoTime() - startedUnknown) / 1_000_000;
        long startedKnown = System.nanoTime();
        HttpResponse<String> wrongAnswer = signIn("pm.doj", "not-the-password");
        long knownMillis = (System.nanoTime() - startedKnown) / 1_000_000;

        assertThat(unknownAnswer.statusCode()).isEqualTo(wrongAnswer.statusCode()).isEqualTo(302);
        assertThat(unknownAnswer.headers().firstValue("Location")).isEqualTo(wrongAnswer.headers().firstValue("Location"));
        assertThat(unknownAnswer.body()).isEqualTo(wrongAnswer.body());
        // both hash a password (a dummy one for the unknown name) and wait the first delay (250 ms)
        assertThat(unknownMillis).isBetween(knownMillis / 3, knownMillis * 3);
        assertThat(auditOf(unknown)).containsExactly(SignInEventKind.FAILURE);
        assertThat(signIn("pm.doj", "demo").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void aSignInFormSentFromAnotherSiteIsRefused() throws Exception {
        long before = latestAuditId("pm2.cisa");
        HttpResponse<String> foreign = signIn("pm2.cisa", "demo", Map.of("Origin", "http://attacker.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(signIn("pm2.cisa", "demo", Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);

        HttpResponse<String> own = signIn("pm2.cisa", "demo",
                Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(auditOf("pm2.cisa", before)).containsExactly(SignInEventKind.SUCCESS);
    }

    @Test
    void onlyAdministratorsReadTheSignInAudit() {
        for (String user : List.of("pm.cisa", "reporter.health", "viewer.congress")) {
            assertThatThrownBy(() -> signedIn.as(user, () -> audit.latest(10))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signedIn.as("admin", () -> audit.latest(10))).isNotNull();
    }
}
