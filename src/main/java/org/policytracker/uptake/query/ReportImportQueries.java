package org.policytracker.uptake.query;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.policytracker.audit.AuditRevision;
import org.policytracker.uptake.ParticipationReport;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The JDBC side of the CSV import, which writes thousands of report revisions in one transaction. The
 * new revisions do not go through Hibernate's persistence context (holding 100,000 new entities and as
 * many Envers audit entities, flushing and auditing them one by one, was most of a large import's time):
 * they are inserted in JDBC batches on the transaction's own connection, and audited as added in the
 * transaction's one Envers revision by a single {@code INSERT ... SELECT}.
 */
@Component
public class ReportImportQueries {

    private static final int BATCH_SIZE = 1000;

    private static final String INSERT = """
            INSERT INTO participation_report (id, tenant_id, measure_id, sector_id, period_id, revision, supersedes_id,
                eligible_count, participating_count, verified_count, evidence_note, status, submitted_at, submitted_by,
                created_at, created_by, updated_at, updated_by, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, 0)""";

    /** The audited columns of a report: those of participation_report_aud (V1) after id, rev and revtype. */
    private static final String AUDITED_COLUMNS = """
            tenant_id, measure_id, sector_id, period_id, revision, supersedes_id, eligible_count, participating_count,
                verified_count, evidence_note, status, submitted_at, submitted_by, reviewed_at, reviewed_by, review_note,
                created_at, created_by, updated_at, updated_by""";

    /** Envers' revision type of an added entity. */
    private static final int ADD = 0;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ReportImportQueries(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** A new submitted revision of a report: the ids of its measure, sector and period, and what was reported. */
    public record NewRevision(long measureId, String sectorId, long periodId, int revision, Long supersedesId,
            int eligibleCount, int participatingCount, int verifiedCount, String evidenceNote) {
    }

    /**
     * From now until the current transaction ends, its inserts and updates through Hibernate (the
     * revisions an import supersedes or submits from a draft, and their audit rows) go to the database
     * in JDBC batches rather than one statement at a time.
     */
    public void batchTheWritesOfThisTransaction() {
        entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
    }

    /**
     * Inserts the revisions, submitted by the actor at the given time, in the tenant of the current
     * session, and writes their audit rows (added) in the transaction's Envers revision, the one that
     * also audits the changes made through Hibernate in the same transaction. The persistence context
     * is flushed first, so that its pending changes (the revisions these supersede) reach the database
     * before; it holds none of the new revisions, so nothing in it goes stale.
     */
    public void insertSubmitted(List<NewRevision> revisions, String actor, Instant at) {
        // the session itself: Envers' reader takes an unwrapped Session for a sessionFactory.getCurrentSession()
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        session.flush();
        String tenant = (String) session.getTenantIdentifierValue();
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        IdBlocks ids = new IdBlocks();
        for (int from = 0; from < revisions.size(); from += BATCH_SIZE) {
            List<NewRevision> batch = revisions.subList(from, Math.min(from + BATCH_SIZE, revisions.size()));
            long[] batchIds = new long[batch.size()];
            for (int i = 0; i < batchIds.length; i++) {
                batchIds[i] = ids.next();
            }
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement insert, int i) throws SQLException {
                    NewRevision revision = batch.get(i);
                    insert.setLong(1, batchIds[i]);
                    insert.setString(2, tenant);
                    insert.setLong(3, revision.measureId());
                    insert.setString(4, revision.sectorId());
                    insert.setLong(5, revision.periodId());
                    insert.setInt(6, revision.revision());
                    if (revision.supersedesId() == null) {
                        insert.setNull(7, Types.BIGINT);
                    } else {
                        insert.setLong(7, revision.supersedesId());
                    }
                    insert.setInt(8, revision.eligibleCount());
                    insert.setInt(9, revision.participatingCount());
                    insert.setInt(10, revision.verifiedCount());
                    insert.setString(11, revision.evidenceNote());
                    insert.setObject(12, utc);
                    insert.setString(13, actor);
                    insert.setObject(14, utc);
                    insert.setString(15, actor);
                    insert.setObject(16, utc);
                    insert.setString(17, actor);
                }

                @Override
                public int getBatchSize() {
                    return batch.size();
                }
            });
        }
        if (revisions.isEmpty()) {
            return;
        }
        int revision = AuditReaderFactory.get(session).getCurrentRevision(AuditRevision.class, true).getId();
        jdbc.update("INSERT INTO participation_report_aud (id, rev, revtype, " + AUDITED_COLUMNS + ") SELECT id, ?, "
                + ADD + ", " + AUDITED_COLUMNS + " FROM participation_report WHERE " + ids.given(), revision);
    }

    /**
     * Ids from blocks of the sequence, read as Hibernate's pooled optimizer reads them: the value v
     * reserves the ids v - ID_BLOCK + 1 to v. (The optimizer takes the value alone when it is the
     * generator's initial value, 1; V24 starts the sequence past every id plus one block, so no value
     * is 1 or below ID_BLOCK.) Only this import takes ids from the blocks it reads, so the rows within
     * the ranges it remembers are exactly the rows it wrote.
     */
    private final class IdBlocks {

        private final List<long[]> ranges = new ArrayList<>();
        private long next = 1;
        private long last;

        long next() {
            if (next > last) {
                last = jdbc.queryForObject("SELECT NEXT VALUE FOR participation_report_seq", Long.class);
                next = last - ParticipationReport.ID_BLOCK + 1;
                if (ranges.isEmpty() || ranges.getLast()[1] != next - 1) {
                    ranges.add(new long[] {next, next - 1});
                }
            }
            ranges.getLast()[1] = next;
            return next++;
        }

        /** The ids given, as a condition on participation_report.id (one range per run of adjacent blocks). */
        String given() {
            return ranges.stream().map(range -> "id BETWEEN " + range[0] + " AND " + range[1])
                    .collect(Collectors.joining(" OR ", "(", ")"));
        }
    }
}
