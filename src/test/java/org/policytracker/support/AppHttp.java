package org.policytracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP requests to the running application, as a browser's first request sends them. */
public final class AppHttp {

    private AppHttp() {
    }

    /**
     * The application's answer. On a fresh checkout Vaadin builds its development frontend bundle at the
     * first start and meanwhile answers every page with its own placeholder (marked X-DevModePending),
     * which is not the application's page: this waits for the real one, as a browser's poll does.
     */
    public static <T> HttpResponse<T> get(int port, String path, Map<String, String> headers,
            HttpResponse.BodyHandler<T> body) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            headers.forEach(builder::header);
            HttpRequest request = builder.build();
            HttpResponse<T> response = client.send(request, body);
            for (int waited = 0; response.headers().firstValue("X-DevModePending").isPresent(); waited++) {
                assertThat(waited).as("seconds waited for Vaadin's development bundle").isLessThan(600);
                Thread.sleep(1000);
                response = client.send(request, body);
            }
            return response;
        }
    }
}
