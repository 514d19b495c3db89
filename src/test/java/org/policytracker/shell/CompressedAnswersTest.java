package org.policytracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.policytracker.support.AppHttp;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that accepts gzip gets the page and its scripts compressed (issue 17, "compressed UI
 * responses"): the first visit over a slow link carries a fraction of the bytes.
 */
@PolicyTrackerTest
class CompressedAnswersTest {

    private static final Map<String, String> ACCEPTS_GZIP = Map.of("Accept-Encoding", "gzip");

    @LocalServerPort
    int port;

    @Test
    void thePageAndItsScriptsComeGzippedToABrowserThatAcceptsIt() throws Exception {
        String page = new String(gunzipped("/login"), StandardCharsets.UTF_8);
        assertThat(page).contains("<script");
        Matcher script = Pattern.compile("<script[^>]*src=\"/?(VAADIN/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page loads a script of the application's bundle:%n%s", page).isTrue();
        assertThat(gunzipped("/" + script.group(1))).hasSizeGreaterThan(1024);
    }

    /**
     * Tomcat leaves an answer with a strong entity tag uncompressed (the tag promises those very bytes), so the gap
     * API saves its bytes by revalidation instead: a client that accepts gzip still gets 304 for the tag it holds.
     */
    @Test
    void theGapApiAnswersNotModifiedToAClientThatAcceptsGzip() throws Exception {
        Map<String, String> viewer = Map.of("Accept-Encoding", "gzip", "Authorization", "Basic "
                + Base64.getEncoder().encodeToString("viewer.congress:demo".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<byte[]> figures = AppHttp.get(port, "/api/v1/gaps", viewer, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(figures.statusCode()).isEqualTo(200);
        String tag = figures.headers().firstValue("ETag").orElseThrow();

        Map<String, String> revalidate = new HashMap<>(viewer);
        revalidate.put("If-None-Match", tag);
        assertThat(AppHttp.get(port, "/api/v1/gaps", revalidate, HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("the answer to If-None-Match: %s", tag).isEqualTo(304);
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsThePagePlain() throws Exception {
        HttpResponse<String> plain = AppHttp.get(port, "/login", Map.of(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("<script");
    }

    /** The answer's body, after checking that it came gzipped and is smaller than what it unpacks to. */
    private byte[] gunzipped(String path) throws Exception {
        HttpResponse<byte[]> answer = AppHttp.get(port, path, ACCEPTS_GZIP, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        byte[] body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            body = in.readAllBytes();
        }
        assertThat(answer.body().length).as("bytes sent for %s, which unpack to %d", path, body.length)
                .isLessThan(body.length);
        return body;
    }
}
