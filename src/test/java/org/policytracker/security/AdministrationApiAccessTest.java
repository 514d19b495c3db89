package org.policytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every administration endpoint (each handler mapping under /api/v1/admin/**, whichever module
 * declares it) refuses non-administrators with 403 and anonymous callers with 401, before any
 * handler runs, so an endpoint added later is covered without being listed here.
 */
@PolicyTrackerTest
class AdministrationApiAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One method and path of an administration endpoint, its path variables filled in. */
    record Endpoint(String method, String path) {
    }

    private List<Endpoint> endpoints;

    @BeforeEach
    void listAdministrationEndpoints() {
        endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/admin/") || pattern.equals("/api/v1/admin"))
                .forEach(pattern -> {
                    String path = pattern.replaceAll("\\{[^}]*}", "x");
                    var methods = info.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? List.of(RequestMethod.GET) : methods)
                            .forEach(method -> endpoints.add(new Endpoint(method.name(), path)));
                }));
    }

    private int status(Endpoint endpoint, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .header("Content-Type", "application/json")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    @Test
    void theAdministrationEndpointsAreFound() {
        assertThat(endpoints).contains(new Endpoint("GET", "/api/v1/admin/orders"),
                new Endpoint("DELETE", "/api/v1/admin/orders/x/directives/x"),
                new Endpoint("GET", UnguardedAdministrationTestController.PATH));
    }

    @Test
    void nonAdministratorsGet403FromEveryAdministrationEndpoint() throws Exception {
        for (Endpoint endpoint : endpoints) {
            assertThat(status(endpoint, "pm.cisa")).as("pm.cisa " + endpoint).isEqualTo(403);
            assertThat(status(endpoint, "reporter.health")).as("reporter.health " + endpoint).isEqualTo(403);
            assertThat(status(endpoint, "viewer.congress")).as("viewer.congress " + endpoint).isEqualTo(403);
        }
    }

    @Test
    void anonymousCallersGet401FromEveryAdministrationEndpoint() throws Exception {
        for (Endpoint endpoint : endpoints) {
            assertThat(status(endpoint, null)).as("anonymous " + endpoint).isEqualTo(401);
        }
    }

    @Test
    void anAdministratorGetsThrough() throws Exception {
        assertThat(status(new Endpoint("GET", "/api/v1/admin/orders"), "admin")).isEqualTo(200);
        assertThat(status(new Endpoint("GET", UnguardedAdministrationTestController.PATH), "admin")).isEqualTo(200);
    }
}
