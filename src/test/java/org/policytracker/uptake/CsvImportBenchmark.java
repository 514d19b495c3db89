package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: times a 100,000-row CSV import (preview, then the all-or-nothing commit)
 * as reporter.infra, against the embedded MariaDB with the demo data. Runs only with the bench
 * profile: {@code ./mvnw -Pbench verify -Dtest=CsvImportBenchmark}; prints its figures.
 *
 * <p>100,000 distinct reports need many report slots, so it makes an order of its own with 50
 * measures, 20 sectors covered by the association and 100 open periods (50 x 20 x 100).
 */
@PolicyTrackerTest
class CsvImportBenchmark {

    private static final int MEASURES = 50;
    private static final int SECTORS = 20;
    private static final int PERIODS = 100;

    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportCsvImport csv;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestOrders orders;

    @Test
    void import100000Rows() {
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
        System.out.printf(Locale.ROOT, "BENCHMARK csv-import: total %.1f s; JVM max heap %,d MiB, cores %d%n%n",
                previewSeconds + commitSeconds, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
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
