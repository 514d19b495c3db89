package org.policytracker.tenant;

import java.util.function.Supplier;
import org.policytracker.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The explicit path to read rows across tenants, for oversight viewers and administrators, and
 * aggregates across tenants for anyone signed in. The work runs through
 * {@link TenantTransactions#readAcrossTenants} (a new read-only transaction with the tenant filter
 * lifted); rows are refused to everyone else.
 */
@Component
public class CrossTenantReader {

    private final TenantTransactions transactions;
    private final CurrentUser currentUser;

    CrossTenantReader(TenantTransactions transactions, CurrentUser currentUser) {
        this.transactions = transactions;
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
        return transactions.readAcrossTenants(query);
    }
}
