package org.policytracker.collab;

import org.policytracker.support.LocalRedis;
import org.policytracker.support.OwnSecurityContextStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The application context of the cluster tests (shared by them): node 1, the whole app with the cluster
 * profile on a random port, against {@link LocalRedis} and the suite's embedded MariaDB. Presence expires
 * after 3 s here, and a lost subscription is retried every 300 ms, so that the tests need not wait long.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policy-tracker.cluster.presence-expiry=3s", "policy-tracker.cluster.resubscribe-every=300ms"})
@ActiveProfiles(EventBus.CLUSTER_PROFILE)
@TestExecutionListeners(listeners = OwnSecurityContextStrategy.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
abstract class ClusterContext {

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry properties) {
        properties.add("spring.data.redis.port", () -> LocalRedis.shared().port());
    }
}
