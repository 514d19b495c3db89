package org.policytracker.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Loads the configured demo-data file at start when {@code policy-tracker.demo-data.enabled=true}. */
@Component
@ConditionalOnProperty(name = "policy-tracker.demo-data.enabled", havingValue = "true")
class DemoDataAtStartup implements ApplicationRunner {

    private final DemoDataLoader loader;
    private final Resource file;

    DemoDataAtStartup(DemoDataLoader loader, @Value("${policy-tracker.demo-data.file}") Resource file) {
        this.loader = loader;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(file);
    }
}
