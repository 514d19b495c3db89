package org.policytracker.collab;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts the node's subscription to the broker's channel without ever holding up or failing the node's
 * start: while the broker does not answer (a node starting during an outage) it tries again every
 * {@code retryEvery} in the background. Once subscribed, the container itself resubscribes after a
 * lost connection.
 */
class BrokerSubscription implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerSubscription.class);

    private final RedisMessageListenerContainer subscription;
    private final Duration retryEvery;
    private volatile boolean running;
    private Thread starting;

    BrokerSubscription(RedisMessageListenerContainer subscription, Duration retryEvery) {
        this.subscription = subscription;
        this.retryEvery = retryEvery;
    }

    @Override
    public synchronized void start() {
        running = true;
        starting = Thread.ofVirtual().name("broker-subscription").start(this::subscribeUntilListening);
    }

    private void subscribeUntilListening() {
        boolean warned = false;
        while (running && !subscription.isListening()) {
            try {
                subscription.start();
            } catch (RuntimeException unreachable) {
                if (!warned) {
                    LOG.warn("Broker unreachable at start ({}): no live updates from other nodes until it answers",
                            unreachable.getMessage());
                    warned = true;
                }
                subscription.stop();
                try {
                    Thread.sleep(retryEvery);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (starting != null) {
            starting.interrupt();
        }
        subscription.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
