package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.database.EmbeddedDbAdministrator;
import org.policytracker.database.EmbeddedMariaDb;
import org.policytracker.database.EmbeddedMariaDbProperties;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CSV import writes its new revisions outside Hibernate's persistence context, yet the audit trail
 * reads as if each had been saved as an entity: one audit revision for the whole import, naming the
 * reporter and the time of the application's clock, one "added" audit row per new revision with the
 * revision's values, and the revisions it supersedes or submits from a draft changed in the same audit
 * revision. The new revisions take ids that never meet those Hibernate gives, and a file the database
 * refuses in its last batch leaves neither revisions nor audit rows nor a superseded one behind.
 */
@PolicyTrackerTest
class ReportCsvImportRevisionsTest {

    private static final String HEADER = String.join(",", ReportCsvImport.COLUMNS) + "\n";
    private static final String SECTOR = "energy-utilities";
    private static TestOrder order;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestOrders orders;
    @Autowired
    ReportCsvImport csv;
    @Autowired
    ReportingService reporting;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("REVISIONS").directive("A", "cisa")
                .measure("M1", "A", SECTOR).measure("M2", "A", SECTOR).measure("M3", "A", SECTOR)
                .measure("M4", "A", SECTOR).measure("M5", "A", SECTOR)
                .period("AUDIT", PeriodStatus.OPEN).period("IDS", PeriodStatus.OPEN).period("REFUSED", PeriodStatus.OPEN)
                .create();
    }

    private static String row(String measureKey, String periodKey, int eligible, String note) {
        return order.measure(measureKey) + "," + SECTOR + "," + order.period(periodKey) + "," + eligible + ","
                + eligible / 2 + "," + eligible / 4 + "," + note + "\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long idOf(String measureKey, String periodKey, int revision) {
        return jdbc.sql("SELECT r.id FROM participation_report r JOIN voluntary_measure m ON m.id = r.measure_id "
                + "JOIN reporting_period p ON p.id = r.period_id WHERE m.code = ? AND p.code = ? AND r.revision = ?")
                .params(order.measure(measureKey), order.period(periodKey), revision).query(Long.class).single();
    }

    /** (rev, revtype, status) of a report's audit rows, oldest first. */
    private List<List<Object>> auditTrail(long reportId) {
        return jdbc.sql("SELECT rev, revtype, status FROM participation_report_aud WHERE id = ? ORDER BY rev")
                .param(reportId).query((rs, n) -> List.<Object>of(rs.getInt(1), rs.getInt(2), rs.getString(3))).list();
    }

    private long revisionsBy(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM revinfo WHERE username = ?").param(username).query(Long.class).single();
    }

    @Test
    void anImportIsOneAuditRevisionOfTheReporterWithAnAddedRowPerNewRevision() {
        long earlier = orders.report("reporter.infra", order.measure("M4"), SECTOR, order.period("AUDIT"), 500, 200, 50)
                .id();
        ReportRow draft = signedIn.as("reporter.infra", () -> reporting.saveDraft(new ReportInput(order.measure("M5"),
                SECTOR, order.period("AUDIT"), 300, 30, 3, "not yet sent", List.of())));
        int earlierRev = (int) auditTrail(earlier).getFirst().getFirst();
        byte[] file = utf8(HEADER + row("M1", "AUDIT", 100, "first") + row("M2", "AUDIT", 200, "")
                + row("M3", "AUDIT", 400, "\"third, with a comma\"") + row("M4", "AUDIT", 600, "correction")
                + row("M5", "AUDIT", 800, "from the draft"));

        Instant before = clock.instant();
        assertThat(signedIn.as("reporter.infra", () -> csv.commit(file))).isEqualTo(5);
        Instant after = clock.instant();

        List<Long> added = List.of(idOf("M1", "AUDIT", 1), idOf("M2", "AUDIT", 1), idOf("M3", "AUDIT", 1),
                idOf("M4", "AUDIT", 2));
        List<Integer> importRevisions = jdbc.sql("SELECT DISTINCT rev FROM participation_report_aud WHERE id IN (?, ?, ?, ?)")
                .params(added.toArray()).query(Integer.class).list();
        assertThat(importRevisions).hasSize(1);
        int rev = importRevisions.getFirst();
        Map<String, Object> revision = jdbc.sql("SELECT username, tenant_id, revtstmp FROM revinfo WHERE rev = ?")
                .param(rev).query().singleRow();
        assertThat(revision).containsEntry("username", "reporter.infra").containsEntry("tenant_id", "infra-assoc");
        Instant revisionTime = Instant.ofEpochMilli((Long) revision.get("revtstmp"));
        assertThat(revisionTime).isBetween(before.truncatedTo(ChronoUnit.MILLIS), after);

        // one added row per new revision, in that revision, with the values the report has
        for (long id : added) {
            assertThat(auditTrail(id)).containsExactly(List.of(rev, 0, "SUBMITTED"));
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM participation_report_aud a JOIN participation_report r ON r.id = a.id
                    WHERE a.id = ? AND a.rev = ? AND a.tenant_id <=> r.tenant_id AND a.measure_id <=> r.measure_id
                    AND a.sector_id <=> r.sector_id AND a.period_id <=> r.period_id AND a.revision <=> r.revision
                    AND a.supersedes_id <=> r.supersedes_id AND a.eligible_count <=> r.eligible_count
                    AND a.participating_count <=> r.participating_count AND a.verified_count <=> r.verified_count
                    AND a.evidence_note <=> r.evidence_note AND a.status <=> r.status AND a.submitted_at <=> r.submitted_at
                    AND a.submitted_by <=> r.submitted_by AND a.reviewed_at <=> r.reviewed_at
                    AND a.reviewed_by <=> r.reviewed_by AND a.review_note <=> r.review_note
                    AND a.created_at <=> r.created_at AND a.created_by <=> r.created_by
                    AND a.updated_at <=> r.updated_at AND a.updated_by <=> r.updated_by""")
                    .params(id, rev).query(Long.class).single()).as("audit row of %d equals the report", id).isOne();
        }
        // the correction supersedes the earlier revision, and submitting the draft changes it: both in the same revision
        assertThat(auditTrail(earlier)).containsExactly(List.of(earlierRev, 0, "SUBMITTED"), List.of(rev, 1, "SUPERSEDED"));
        assertThat(auditTrail(draft.id())).last().isEqualTo(List.of(rev, 1, "SUBMITTED"));

        // read back through the application: as submitted by the reporter at the revision's time
        assertThat(signedIn.as("reporter.infra", () -> reporting.history(order.measure("M4"), SECTOR,
                order.period("AUDIT"))))
                .extracting(ReportRow::revision, ReportRow::status, ReportRow::supersedesId, ReportRow::participatingCount)
                .containsExactly(tuple(2, ReportStatus.SUBMITTED, earlier, 300), tuple(1, ReportStatus.SUPERSEDED, null, 200));
        ReportRow third = signedIn.as("reporter.infra", () -> reporting.myReport(added.get(2))).orElseThrow();
        assertThat(third.evidenceNote()).isEqualTo("third, with a comma");
        assertThat(third.submittedBy()).isEqualTo("reporter.infra");
        assertThat(third.createdBy()).isEqualTo("reporter.infra");
        assertThat(third.submittedAt()).isBetween(before.truncatedTo(ChronoUnit.MICROS), after);
        assertThat(third.createdAt()).isEqualTo(third.submittedAt());
        assertThat(signedIn.as("reporter.infra", () -> reporting.myReport(added.get(1))).orElseThrow().evidenceNote())
                .isNull();
    }

    /**
     * Ids as Hibernate gives them to reports it saves, from its own generator (the one the form's and
     * the API's saves use): more than a block's worth, so that it reads the sequence again.
     */
    private List<Long> idsHibernateGives(int count) {
        SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        IdentifierGenerator generator = (IdentifierGenerator) factory.getMappingMetamodel()
                .getEntityDescriptor(ParticipationReport.class).getGenerator();
        List<Long> ids = new ArrayList<>();
        try (SessionImplementor session = (SessionImplementor) factory.openSession()) {
            for (int i = 0; i < count; i++) {
                ids.add((Long) generator.generate(session, null));
            }
        }
        return ids;
    }

    @Test
    void importedRevisionsAndRevisionsHibernateSavesNeverShareAnId() {
        List<Long> ids = new ArrayList<>();
        ids.add(orders.report("reporter.infra", order.measure("M1"), SECTOR, order.period("IDS"), 100, 10, 1).id());
        signedIn.as("reporter.infra", () -> csv.commit(utf8(HEADER + row("M2", "IDS", 100, "") + row("M3", "IDS", 100, "")
                + row("M4", "IDS", 100, ""))));
        ids.addAll(List.of(idOf("M2", "IDS", 1), idOf("M3", "IDS", 1), idOf("M4", "IDS", 1)));
        ids.addAll(idsHibernateGives(ParticipationReport.ID_BLOCK + 1));
        signedIn.as("reporter.infra", () -> csv.commit(utf8(HEADER + row("M1", "IDS", 200, "") + row("M5", "IDS", 200, "")
                + row("M2", "IDS", 200, ""))));
        ids.addAll(List.of(idOf("M1", "IDS", 2), idOf("M5", "IDS", 1), idOf("M2", "IDS", 2)));
        ids.addAll(idsHibernateGives(ParticipationReport.ID_BLOCK + 1));
        ids.add(orders.report("reporter.infra", order.measure("M3"), SECTOR, order.period("IDS"), 300, 10, 1).id());

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM participation_report r JOIN reporting_period p ON p.id = r.period_id "
                + "WHERE p.code = ?").param(order.period("IDS")).query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void aFileTheDatabaseRefusesInItsLastBatchLeavesTheReportsAndTheirTrailAsTheyWere(@Autowired EmbeddedMariaDb server,
            @Autowired EmbeddedMariaDbProperties settings) throws Exception {
        long earlier = orders.report("reporter.infra", order.measure("M1"), SECTOR, order.period("REFUSED"), 500, 200, 50)
                .id();
        List<List<Object>> earlierTrail = auditTrail(earlier);
        long revisions = revisionsBy("reporter.infra");
        String refused = "refused-" + UUID.randomUUID();
        byte[] file = utf8(HEADER + row("M1", "REFUSED", 600, "correction") + row("M2", "REFUSED", 100, "")
                + row("M3", "REFUSED", 100, refused));
        String trigger = "trg_refuse_" + refused.substring(8).replace('-', '_');
        try (Connection admin = EmbeddedDbAdministrator.connect(server, settings); Statement sql = admin.createStatement()) {
            sql.execute("create trigger " + trigger + " before insert on participation_report for each row "
                    + "if new.evidence_note = '" + refused + "' then "
                    + "signal sqlstate '45000' set message_text = 'refused by the test'; end if");
            try {
                assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> csv.commit(file)))
                        .hasStackTraceContaining("refused by the test");
            } finally {
                sql.execute("drop trigger " + trigger);
            }
        }

        assertThat(jdbc.sql("SELECT id, status FROM participation_report r WHERE period_id = "
                + "(SELECT id FROM reporting_period WHERE code = ?)").param(order.period("REFUSED"))
                .query((rs, n) -> tuple(rs.getLong(1), rs.getString(2))).list())
                .containsExactly(tuple(earlier, "SUBMITTED"));
        assertThat(auditTrail(earlier)).isEqualTo(earlierTrail);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM participation_report_aud WHERE period_id = "
                + "(SELECT id FROM reporting_period WHERE code = ?)").param(order.period("REFUSED"))
                .query(Long.class).single()).isOne();
        assertThat(revisionsBy("reporter.infra")).as("no audit revision of the import").isEqualTo(revisions);
    }
}
