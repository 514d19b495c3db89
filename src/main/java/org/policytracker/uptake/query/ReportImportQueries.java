package org.policytracker.uptake.query;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/** The JDBC side of the CSV import, which writes thousands of report revisions in one transaction. */
@Component
public class ReportImportQueries {

    private static final int BATCH_SIZE = 500;

    private final EntityManager entityManager;

    ReportImportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * From now until the current transaction ends, its inserts and updates (the audit rows of Envers
     * too) go to the database in JDBC batches rather than one statement at a time.
     */
    public void batchTheWritesOfThisTransaction() {
        entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
    }
}
