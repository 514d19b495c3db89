package org.policytracker.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on the build machines, so this keeps it to what the tests run: both app
 * nodes with the keycloak and cluster profiles (KeycloakFailoverBrowserTest's), HAProxy with the
 * configuration the two-node tests use (support.StickyLoadBalancer), its servers on the nodes' ports, and
 * Redis for the cluster profile.
 */
class ComposeStackTest {

    private static final Pattern SERVER = Pattern.compile(
            "(?m)^\\s*server (\\w+) 127\\.0\\.0\\.1:(\\d+) cookie \\1 port (\\d+)$");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeStackRunsWhatTheTwoNodeTestsRun() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        String haproxyConfig = Files.readString(Path.of("src/main/docker/haproxy.cfg"));

        Matcher servers = SERVER.matcher(haproxyConfig);
        for (String node : List.of("app1", "app2")) {
            Map<String, String> environment = environment(service(compose, node));
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(node).isEqualTo("keycloak,cluster");
            assertThat(servers.find()).as("a server line for " + node).isTrue();
            assertThat(List.of(servers.group(2), servers.group(3))).as(node + "'s ports in haproxy.cfg")
                    .containsExactly(environment.get("PORT"), environment.get("MANAGEMENT_PORT"));
        }
        assertThat(servers.find()).as("no third server").isFalse();
        assertThat((List<String>) service(compose, "haproxy").get("volumes"))
                .contains("./src/main/docker/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat(environment(service(compose, "app1")).get("REDIS_PORT")).isEqualTo("6379");
        assertThat(service(compose, "redis")).isNotNull();
    }
}
