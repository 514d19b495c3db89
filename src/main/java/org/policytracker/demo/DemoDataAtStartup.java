package org.policytracker.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the configured demo-data file at start when {@code policy-tracker.demo-data.enabled=true}:
 * after the migrations (the data source is ready) and before the web server starts accepting
 * requests (a lifecycle phase before the server's), so no request sees half-loaded data and the
 * log's "Started" comes after the load.
 */
@Component
@ConditionalOnProperty(name = "policy-tracker.demo-data.enabled", havingValue = "true")
class DemoDataAtStartup implements SmartLifecycle {

    private final DemoDataLoader loader;
    private final Resource file;
    private volatile boolean loaded;

    DemoDataAtStartup(DemoDataLoader loader, @Value("${policy-tracker.demo-data.file}") Resource file) {
        this.loader = loader;
        this.file = file;
    }

    @Override
    public void start() {
        loader.load(file);
        loaded = true;
    }

    @Override
    public void stop() {
        loaded = false;
    }

    @Override
    public boolean isRunning() {
        return loaded;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
