package org.policytracker.support;

import java.util.ArrayList;
import java.util.List;
import org.policytracker.PolicyTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another node of the application, started in this JVM as a separate JVM would run it: its own web and
 * management ports (free ones), the suite's embedded MariaDB, no demo data, and with the cluster profile
 * the suite's {@link LocalRedis}.
 */
public final class AppNode {

    private AppNode() {
    }

    public static ConfigurableApplicationContext start(List<String> profiles, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--policy-tracker.demo-data.enabled=false"));
        if (profiles.contains("cluster")) {
            arguments.add("--spring.data.redis.port=" + LocalRedis.shared().port());
        }
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(PolicyTrackerApplication.class).profiles(profiles.toArray(String[]::new))
                .run(arguments.toArray(String[]::new));
    }
}
