package org.policytracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policytracker.security.LocalKeycloak;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the real Keycloak of {@link KeycloakTest} the way clients of the realm do: tokens by
 * client credentials (an association's system) or by authorization code (a person at the login
 * form of the web client), and the admin REST API for accounts that only a test needs.
 */
@Component
@Profile("keycloak")
public final class KeycloakRealm {

    /** The realm export that Keycloak imported and the local login reads. */
    public static final JsonNode EXPORT = read();
    public static final String WEB_CLIENT = "policy-tracker-web";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final String issuer;
    private final String adminPassword;

    KeycloakRealm(@Value("${policy-tracker.keycloak.issuer-uri}") String issuer,
            @Value("${policy-tracker.local-keycloak.admin-password:change-me-admin}") String adminPassword) {
        this.issuer = issuer;
        this.adminPassword = adminPassword;
    }

    public String issuer() {
        return issuer;
    }

    /** Where Keycloak serves its pages, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return issuer.replaceAll("/realms/[^/]+$", "");
    }

    /** The client secret of a client of the realm export. */
    public static String secretOf(String clientId) {
        for (JsonNode client : EXPORT.path("clients")) {
            if (clientId.equals(client.path("clientId").asString())) {
                return client.path("secret").asString();
            }
        }
        throw new IllegalArgumentException("No client " + clientId + " in the realm export");
    }

    /**
     * The client ids of the realm export's sector associations' client-credentials clients (one per
     * association; not the people administration's client).
     */
    public static List<String> associationClients() {
        return EXPORT.path("clients").valueStream().filter(client -> client.path("serviceAccountsEnabled").asBoolean())
                .map(client -> client.path("clientId").asString()).filter(id -> id.startsWith("assoc-")).toList();
    }

    /** An access token for a client's own service account (client-credentials grant). */
    public String clientToken(String clientId, String secret) {
        return token(issuer, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The temporary administrator's token of the master realm, as Keycloak's own admin-cli gets it. */
    public String adminToken() {
        return token(issuer.replaceAll("/realms/[^/]+$", "/realms/master"), Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", LocalKeycloak.ADMIN_USERNAME, "password", adminPassword));
    }

    /**
     * An access token of the web client for a person, obtained as a browser would: the login form of
     * Keycloak, then the authorization code exchanged with the client secret.
     */
    public String personToken(String username, String password) {
        String redirect = "http://127.0.0.1/callback";
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/auth?"
                + encode(Map.of("client_id", WEB_CLIENT, "response_type", "code", "scope", "openid",
                        "redirect_uri", redirect)))).build());
        Matcher action = FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form at Keycloak (status " + form.statusCode() + ")");
        }
        // the login session's cookies, sent back as a browser would (Keycloak marks some Secure, which
        // Java's cookie store would then keep from plain http)
        String cookies = form.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", username, "password", password))))
                .build());
        String location = loggedIn.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException(username + " was not signed in (status " + loggedIn.statusCode() + ")"));
        String code = URLDecoder.decode(location.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        return token(issuer, Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "client_id", WEB_CLIENT, "client_secret", secretOf(WEB_CLIENT)));
    }

    /**
     * Creates an object in the realm through Keycloak's admin REST API, e.g. {@code create("users", user)};
     * returns its address.
     */
    public String create(String collection, Object representation) {
        return write("POST", collection, representation).headers().firstValue("Location")
                .orElse(issuer.replace("/realms/", "/admin/realms/") + "/" + collection);
    }

    /** Adds a person to the realm with a password and, unless null, a tenant and a realm role. */
    public void addPerson(String username, String firstName, String lastName, String tenant, String role) {
        Map<String, Object> person = new HashMap<>(Map.of("username", username, "enabled", true,
                "emailVerified", true, "firstName", firstName, "lastName", lastName, "email", username + "@example.org",
                "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
        if (tenant != null) {
            person.put("attributes", Map.of("tenant", List.of(tenant)));
        }
        String address = create("users", person);
        if (role != null) {
            String userId = address.substring(address.lastIndexOf('/') + 1);
            create("users/" + userId + "/role-mappings/realm", List.of(read("roles/" + role)));
        }
    }

    /** Replaces an object of the realm through Keycloak's admin REST API, e.g. {@code update("users/ID", user)}. */
    public void update(String path, Object representation) {
        write("PUT", path, representation);
    }

    private HttpResponse<String> write(String method, String path, Object representation) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer.replace("/realms/", "/admin/realms/")
                        + "/" + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation))).build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused " + method + " " + path + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response;
    }

    /** Reads from the realm through Keycloak's admin REST API, e.g. {@code read("users?max=1000")}. */
    public JsonNode read(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer.replace("/realms/", "/admin/realms/")
                + "/" + path)).header("Authorization", "Bearer " + adminToken()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused to read " + path + ": " + response.statusCode());
        }
        return json(response.body());
    }

    /** Calls the application with an optional bearer token. */
    public static HttpResponse<String> get(String url, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static String token(String realmUrl, Map<String, String> form) {
        HttpResponse<String> response = send(post(realmUrl + "/protocol/openid-connect/token", form));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token from " + realmUrl + ": " + response.statusCode() + " "
                    + response.body());
        }
        return json(response.body()).path("access_token").asString();
    }

    private static HttpRequest post(String url, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read() {
        try (var in = new ClassPathResource("realm-config/policy-tracker-realm.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
