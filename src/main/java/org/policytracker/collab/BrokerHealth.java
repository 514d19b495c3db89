package org.policytracker.collab;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * The broker in readiness (cluster profile, health component {@code broker}): UP when Redis answers,
 * otherwise {@value #DEGRADED} rather than DOWN. A broker outage costs live updates on every node at
 * once, not the ability to serve; DOWN would make the load balancer drop every node together. The
 * readiness group answers 200 for DEGRADED (application-cluster.properties), so monitoring sees it and
 * the load balancer keeps routing.
 */
@Component("broker")
@Profile(EventBus.CLUSTER_PROFILE)
class BrokerHealth implements HealthIndicator {

    static final String DEGRADED = "DEGRADED";

    private final RedisConnectionFactory broker;

    BrokerHealth(RedisConnectionFactory broker) {
        this.broker = broker;
    }

    @Override
    public Health health() {
        try (var connection = broker.getConnection()) {
            return Health.up().withDetail("ping", connection.ping()).build();
        } catch (RuntimeException unreachable) {
            return Health.status(new Status(DEGRADED, "live updates reach this node's views only"))
                    .withDetail("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
