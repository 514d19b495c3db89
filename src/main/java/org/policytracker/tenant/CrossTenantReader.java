package org.policytracker.tenant;

import java.util.function.Supplier;
import org.policytracker.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one explicit path to read across tenants, for oversight viewers and administrators. It runs
 * the work in a new read-only transaction (the database refuses writes in it) with the tenant
 * filter lifted, and refuses everyone else.
 */
@Component
public class CrossTenantReader {

    private final TransactionTemplate readOnly;
    private final CurrentUser currentUser;

    CrossTenantReader(PlatformTransactionManager transactions, CurrentUser currentUser) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.currentUser = currentUser;
    }

    public <T> T read(Supplier<T> query) {
        if (!currentUser.readsAcrossTenants()) {
            throw new AccessDeniedException("Reading across tenants is for oversight viewers and administrators");
        }
        return aggregate(query);
    }

    /**
     * Across tenants for anyone signed in, for queries that return aggregates only (counts, means),
     * never rows: how other agencies progress on a directive, the public gap figures.
     */
    public <T> T aggregate(Supplier<T> query) {
        return TenantContext.callAs(TenantContext.ALL_TENANTS, () -> readOnly.execute(status -> query.get()));
    }
}
