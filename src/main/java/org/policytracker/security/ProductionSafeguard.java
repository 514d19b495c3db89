package org.policytracker.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The profile {@value #PRODUCTION} marks a deployment with real people and data: it refuses to start
 * with the demo data on ({@code policy-tracker.demo-data.enabled}) or with the local login (that is,
 * without the keycloak profile): the embedded default's sign-in, which knows the demo users of the realm
 * export (password "demo") besides the people invited into its database, and has no single sign-on,
 * second factor or central account policy. It also needs the mail settings that links in e-mails rely on.
 * It checks before anything starts, saying what to change.
 */
class ProductionSafeguard implements EnvironmentPostProcessor, Ordered {

    static final String PRODUCTION = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("policy-tracker.demo-data.enabled", Boolean.class, true)) {
            problems.add("the demo data is enabled: set policy-tracker.demo-data.enabled=false "
                    + "(POLICY_TRACKER_DEMO_DATA_ENABLED=false)");
        }
        if (!environment.acceptsProfiles(Profiles.of("keycloak"))) {
            problems.add("the local login is the embedded demo's (it knows the demo users, password \"demo\"): add the keycloak profile "
                    + "(SPRING_PROFILES_ACTIVE=prod,keycloak) and sign people in through your Keycloak realm");
        }
        if (environment.getProperty("policy-tracker.mail.unsubscribe-secret", "").isBlank()) {
            problems.add("the e-mails' unsubscribe links have no key and would stop working at each restart: set "
                    + "MAIL_UNSUBSCRIBE_SECRET (policy-tracker.mail.unsubscribe-secret)");
        }
        if (!environment.getProperty("policy-tracker.mail.base-url", "").startsWith("https://")) {
            problems.add("the links in e-mails would not lead to this server over HTTPS: set APP_BASE_URL "
                    + "(policy-tracker.mail.base-url) to its public https:// address");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The " + PRODUCTION + " profile refuses to start: "
                    + String.join("; ", problems) + ".");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
