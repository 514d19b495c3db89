package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
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
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Benchmark, not a test: times a 100,000-row CSV import (preview, then the all-or-nothing commit)
 * as reporter.infra, against the embedded MariaDB with the demo data. Runs only with the bench
 * profile: {@code ./mvnw -Pbench verify -Dtest=CsvImportBenchmark} ({@code -Dbench.csv.rows=N} for fewer
 * rows); prints its figures next to MariaDB's own {@code LOAD DATA INFILE} of the same rows.
 *
 * <p>100,000 distinct reports need many report slots, so it makes an order of its own with 50
 * measures, 20 sectors covered by the association and 100 open periods (50 x 20 x 100).
 */
@PolicyTrackerTest
class CsvImportBenchmark {

    private static final int MEASURES = 50;
    private static final int SECTORS = 20;
    /** 1,000 reports per period: 100 periods make the 100,000 rows; -Dbench.csv.rows=20000 makes 20. */
    private static final int PERIODS = Integer.getInteger("bench.csv.rows", 100_000) / (MEASURES * SECTORS);

    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportCsvImport csv;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestOrders orders;
    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    EmbeddedMariaDbProperties settings;

    @Test
    void importAndCompareWithLoadData() throws Exception {
        TestOrder order = createCatalogue();
        StringBuilder text = new StringBuilder(String.join(",", ReportCsvImport.COLUMNS)).append('\n');
        int rows = 0;
        for (int p = 1; p <= PERIODS; p++) {
            for (int m = 1; m <= MEASURES; m++) {
                for (int s = 1; s <= SECTORS; s++) {
                    int eligible = 100 + (rows % 900);
                    text.append(String.format(Locale.ROOT, "%s,bench-s%02d,%s,%d,%d,%d,Member survey %d%n",
                            order.measure(measureKey(m)), s, order.period(periodKey(p)), eligible, eligible / 2,
                            eligible / 4, rows));
                    rows++;
                }
            }
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        ReportCsvImport.Preview preview = signedIn.as("reporter.infra", () -> csv.preview(file));
        long previewed = System.nanoTime();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(rows);
        int imported = signedIn.as("reporter.infra", () -> csv.commit(file));
        long committed = System.nanoTime();
        assertThat(imported).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from participation_report r join voluntary_measure m on m.id = r.measure_id "
                + "where m.code like ? and r.status = 'SUBMITTED'").param(order.code() + "-%").query(Long.class).single())
                .isEqualTo(rows);

        double previewSeconds = (previewed - started) / 1e9;
        double commitSeconds = (committed - previewed) / 1e9;
        System.out.printf(Locale.ROOT, "%nBENCHMARK csv-import: %,d rows, %,d bytes%n", rows, file.length);
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: preview (decode, parse, check every row) %.1f s (%,.0f rows/s)%n",
                previewSeconds, rows / previewSeconds);
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: commit (check again, submit all in one transaction) %.1f s "
                + "(%,.0f rows/s)%n", commitSeconds, rows / commitSeconds);
        double loadSeconds = loadTheSameRowsWithMariaDb(order, false);
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: MariaDB LOAD DATA INFILE of the same %,d rows into a copy of "
                + "the table %.1f s (%,.0f rows/s)%n", rows, loadSeconds, rows / loadSeconds);
        double checkedLoadSeconds = loadTheSameRowsWithMariaDb(order, true);
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: the same LOAD DATA into a copy with the foreign keys and the "
                + "insert trigger %.1f s (%,.0f rows/s)%n", checkedLoadSeconds, rows / checkedLoadSeconds);
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: commit / LOAD DATA = %.2fx (target: within 3x); "
                + "commit / LOAD DATA with foreign keys and trigger = %.2fx%n", commitSeconds / loadSeconds,
                commitSeconds / checkedLoadSeconds);
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: total %.1f s; JVM max heap %,d MiB, cores %d%n%n",
                previewSeconds + commitSeconds, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * MariaDB's own speed for the same rows: the committed reports written out by the server, then
     * timed while {@code LOAD DATA INFILE} reads them into an empty copy of the table ({@code CREATE
     * TABLE ... LIKE}: same columns, keys and indexes; no foreign keys, triggers or audit rows), or, with
     * {@code checked}, into a copy that also has the table's foreign keys and its rollup insert trigger
     * (which adds nothing for these submitted rows), so that the gap to the commit splits into what the
     * database checks and what the application does. As the administrator (FILE privilege) from the
     * server's own folder; the server refuses {@code LOCAL}.
     */
    private double loadTheSameRowsWithMariaDb(TestOrder order, boolean checked) throws SQLException, IOException {
        Path dump = EmbeddedDbAdministrator.filesFolder(settings).resolve("csv-import-bench-" + UUID.randomUUID() + ".tsv");
        try (Connection connection = EmbeddedDbAdministrator.connect(server, settings);
                Statement sql = connection.createStatement()) {
            String columns = String.join(", ", JdbcClient.create(new SingleConnectionDataSource(connection, true))
                    .sql("select column_name from information_schema.columns where table_schema = database() "
                            + "and table_name = 'participation_report' and extra not like '%GENERATED%' "
                            + "order by ordinal_position").query(String.class).list());
            sql.execute("select " + columns + " into outfile '" + dump + "' from participation_report where measure_id in "
                    + "(select id from voluntary_measure where code like '" + order.code() + "-%')");
            sql.execute("drop table if exists csv_import_bench_load");
            if (checked) {
                createCopyWithForeignKeysAndTrigger(sql);
            } else {
                sql.execute("create table csv_import_bench_load like participation_report");
            }
            try {
                long started = System.nanoTime();
                connection.setAutoCommit(false);
                sql.execute("load data infile '" + dump + "' into table csv_import_bench_load (" + columns + ")");
                connection.commit();
                return (System.nanoTime() - started) / 1e9;
            } finally {
                connection.setAutoCommit(true);
                sql.execute("drop table csv_import_bench_load");
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** The table's own definition under another name (foreign key names are unique per schema) and its insert trigger. */
    private static void createCopyWithForeignKeysAndTrigger(Statement sql) throws SQLException {
        String definition;
        try (ResultSet table = sql.executeQuery("show create table participation_report")) {
            table.next();
            definition = table.getString(2);
        }
        sql.execute(definition.replaceFirst("CREATE TABLE `participation_report`", "CREATE TABLE `csv_import_bench_load`")
                .replaceAll("CONSTRAINT `([^`]+)` FOREIGN KEY", "CONSTRAINT `csv_import_bench_$1` FOREIGN KEY"));
        String trigger;
        try (ResultSet body = sql.executeQuery("select action_statement from information_schema.triggers where "
                + "trigger_schema = database() and trigger_name = 'trg_report_rollup_insert'")) {
            body.next();
            trigger = body.getString(1);
        }
        sql.execute("create trigger csv_import_bench_load_rollup after insert on csv_import_bench_load for each row "
                + trigger);
    }

    private static String measureKey(int m) {
        return String.format(Locale.ROOT, "M%02d", m);
    }

    private static String periodKey(int p) {
        return String.format(Locale.ROOT, "P%03d", p);
    }

    private TestOrder createCatalogue() {
        String[] sectors = IntStream.rangeClosed(1, SECTORS).mapToObj(s -> String.format(Locale.ROOT, "bench-s%02d", s))
                .toArray(String[]::new);
        for (int s = 1; s <= SECTORS; s++) {
            jdbc.sql("insert into sector (id, name) values (?, ?)").params(sectors[s - 1], "Benchmark sector " + s).update();
            jdbc.sql("insert into association_sector (tenant_id, sector_id) values ('infra-assoc', ?)")
                    .param(sectors[s - 1]).update();
        }
        TestOrders.Builder order = orders.order("BENCH").directive("A", "cisa");
        for (int m = 1; m <= MEASURES; m++) {
            order.measure(measureKey(m), "A", sectors);
        }
        for (int p = 1; p <= PERIODS; p++) {
            order.period(periodKey(p), PeriodStatus.OPEN);
        }
        return order.create();
    }
}
