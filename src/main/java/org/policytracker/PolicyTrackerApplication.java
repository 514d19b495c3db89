package org.policytracker;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("policy-tracker")
@Push
@PWA(name = "Policy Tracker", shortName = "Policy Tracker", offline = false)
public class PolicyTrackerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PolicyTrackerApplication.class, args);
    }
}
