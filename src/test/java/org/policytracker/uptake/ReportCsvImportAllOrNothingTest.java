package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
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
 * The CSV import's commit sends its rows in JDBC batches, yet stays one transaction: a file of
 * 2,000 reports whose last row fails leaves no report, no audit row and no audit revision behind,
 * whether the rules refuse that row or the database does while the last batch is written.
 */
@PolicyTrackerTest
class ReportCsvImportAllOrNothingTest {

    private static final int MEASURES = 50;
    private static final int PERIODS = 20;
    private static final String[] SECTORS = {"energy-utilities", "transportation"};
    private static TestOrder order;

    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportCsvImport csv;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    EmbeddedMariaDbProperties settings;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrders.Builder builder = orders.order("ALLORNOTHING").directive("A", "cisa");
        for (int m = 1; m <= MEASURES; m++) {
            builder.measure("M" + m, "A", SECTORS);
        }
        for (int p = 1; p <= PERIODS; p++) {
            builder.period("P" + p, PeriodStatus.OPEN);
        }
        order = builder.create();
    }

    /** 2,000 good rows, the last one with the given evidence note. */
    private static StringBuilder twoThousandRows(String lastNote) {
        StringBuilder text = new StringBuilder(String.join(",", ReportCsvImport.COLUMNS)).append('\n');
        int rows = MEASURES * PERIODS * SECTORS.length;
        int row = 0;
        for (int p = 1; p <= PERIODS; p++) {
            for (int m = 1; m <= MEASURES; m++) {
                for (String sector : SECTORS) {
                    row++;
                    text.append(String.format(Locale.ROOT, "%s,%s,%s,100,50,10,%s%n", order.measure("M" + m), sector,
                            order.period("P" + p), row == rows ? lastNote : "row " + row));
                }
            }
        }
        return text;
    }

    @Test
    void aLastRowTheRulesRefuseLeavesNothingWritten() {
        long revisions = revisionsOfTheReporter();
        StringBuilder text = twoThousandRows("last row");
        text.append(order.measure("M1")).append(",energy-utilities,").append(order.period("P1")).append(",100,200,10,\n");
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> csv.commit(file)))
                .isInstanceOf(CsvImportRejectedException.class)
                .satisfies(e -> assertThat(((CsvImportRejectedException) e).problems())
                        .extracting(ReportCsvImport.Problem::line).containsExactly(2002L, 2002L));
        assertNothingWritten(revisions);
    }

    @Test
    void aLastRowTheDatabaseRefusesLeavesNothingWritten() throws Exception {
        long revisions = revisionsOfTheReporter();
        String refused = "refused-" + UUID.randomUUID();
        byte[] file = twoThousandRows(refused).toString().getBytes(StandardCharsets.UTF_8);
        String trigger = "trg_refuse_" + refused.substring(8).replace('-', '_');
        // The rules pass every row; a trigger of this test's own makes the database refuse the last one.
        try (Connection admin = EmbeddedDbAdministrator.connect(server, settings); Statement sql = admin.createStatement()) {
            sql.execute("create trigger " + trigger + " before insert on participation_report for each row "
                    + "if new.evidence_note = '" + refused + "' then "
                    + "signal sqlstate '45000' set message_text = 'refused by the test'; end if");
            try {
                assertThat(signedIn.as("reporter.infra", () -> csv.preview(file)).importable()).isTrue();
                assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> csv.commit(file)))
                        .hasStackTraceContaining("refused by the test");
            } finally {
                sql.execute("drop trigger " + trigger);
            }
        }
        assertNothingWritten(revisions);
    }

    private long revisionsOfTheReporter() {
        return jdbc.sql("select count(*) from revinfo where username = 'reporter.infra'").query(Long.class).single();
    }

    private void assertNothingWritten(long revisionsBefore) {
        String measures = "(select id from voluntary_measure where code like '" + order.code() + "-%')";
        assertThat(jdbc.sql("select count(*) from participation_report where measure_id in " + measures)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from participation_report_aud where measure_id in " + measures)
                .query(Long.class).single()).isZero();
        assertThat(revisionsOfTheReporter()).as("audit revisions of reporter.infra").isEqualTo(revisionsBefore);
    }
}
