package org.policytracker.collab;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The broker connection of the cluster profile (Redis, spring.data.redis.*): commands fail at once while
 * it is unreachable instead of queueing (nothing waits on a broker that is gone), connections are tried
 * again every second, and the channel subscription is retried until it is back.
 */
@Configuration
@Profile(EventBus.CLUSTER_PROFILE)
class ClusterConfiguration {

    /** Lettuce's default waits up to 30 s between reconnection attempts; a returning broker is used within 1 s. */
    @Bean
    ClientResourcesBuilderCustomizer reconnectEverySecond() {
        return resources -> resources.reconnectDelay(Delay.constant(Duration.ofSeconds(1)));
    }

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileTheBrokerIsUnreachable() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /** Started by {@link #subscribeWhenTheBrokerAnswers}, so that a node also starts while the broker is down. */
    @Bean
    RedisMessageListenerContainer changeEventSubscription(RedisConnectionFactory broker, RedisEventBus bus,
            @Value("${policy-tracker.cluster.resubscribe-every:1s}") Duration resubscribeEvery) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(broker);
        container.addMessageListener(bus, new ChannelTopic(RedisEventBus.CHANNEL));
        container.setRecoveryBackoff(new FixedBackOff(resubscribeEvery.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    BrokerSubscription subscribeWhenTheBrokerAnswers(RedisMessageListenerContainer changeEventSubscription,
            @Value("${policy-tracker.cluster.resubscribe-every:1s}") Duration resubscribeEvery) {
        return new BrokerSubscription(changeEventSubscription, resubscribeEvery);
    }
}
