package org.policytracker.audit;

import org.policytracker.tenant.OrganisationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the tenant module's organisation changes to the administration history, in the transaction
 * that makes them (the event is heard synchronously, so a change and its record stand or fall together).
 */
@Component
class OrganisationHistory {

    private final AdministrationHistory history;

    OrganisationHistory(AdministrationHistory history) {
        this.history = history;
    }

    @EventListener
    void on(OrganisationChanged change) {
        history.record("organisation", change.id(), change.action(), change.before(), change.after());
    }
}
