package org.policytracker.tenant;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one template for work outside the signed-in user's own tenant scope: it switches the
 * {@link TenantContext} scope, then runs the work in a new transaction, opened inside that scope
 * (Hibernate reads the tenant when its session opens, so the scope must be set first and the
 * transaction must be a new one). It checks no permission: callers decide who may use it
 * ({@link CrossTenantReader} for rows across tenants, the features for their own cross-tenant paths).
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    TenantTransactions(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readWrite = new TransactionTemplate(transactions);
        this.readWrite.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Reads every tenant's rows, in a read-only transaction: the database refuses writes in it. */
    public <T> T readAcrossTenants(Supplier<T> query) {
        return TenantContext.callAs(TenantContext.ALL_TENANTS, () -> readOnly.execute(status -> query.get()));
    }

    /** Reads as the one named tenant, in a read-only transaction: for work done without a session (a calendar feed). */
    public <T> T readAs(String tenantId, Supplier<T> query) {
        return TenantContext.callAs(tenantId, () -> readOnly.execute(status -> query.get()));
    }

    /** Reads and writes as the one named tenant: only that tenant's rows are visible and written. */
    public <T> T writeAs(String tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> readWrite.execute(status -> work.get()));
    }
}
