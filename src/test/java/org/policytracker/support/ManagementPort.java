package org.policytracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The running application's management port (Actuator) over real HTTP, as a load balancer or Prometheus reads it. */
@Component
public class ManagementPort {

    private final Environment environment;
    private final String operationsUser;
    private final String operationsPassword;

    ManagementPort(Environment environment, @Value("${policy-tracker.management.username}") String operationsUser,
            @Value("${policy-tracker.management.password}") String operationsPassword) {
        this.environment = environment;
        this.operationsUser = operationsUser;
        this.operationsPassword = operationsPassword;
    }

    /** Known once the management server has started, after the application's beans. */
    public int port() {
        return environment.getRequiredProperty("local.management.port", Integer.class);
    }

    /** GET on the management port, with HTTP Basic when a username is given. */
    public HttpResponse<String> get(String path, String username, String password) throws Exception {
        return get(port(), path, username, password);
    }

    public static HttpResponse<String> get(int port, String path, String username, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    public HttpResponse<String> anonymous(String path) throws Exception {
        return get(path, null, null);
    }

    public HttpResponse<String> asOperations(String path) throws Exception {
        return get(path, operationsUser, operationsPassword);
    }

    /** The current value of one Prometheus series of the application's (its only sample). */
    public double metric(String name) throws Exception {
        String scrape = asOperations("/actuator/prometheus").body();
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(scrape);
        assertThat(value.find()).as(name + " in\n" + scrape).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
