package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: times a 100,000-row CSV import (preview, then the all-or-nothing commit)
 * as reporter.infra, against the embedded MariaDB with the demo data. Runs only with the bench
 * profile: {@code ./mvnw -Pbench verify -Dtest=CsvImportBenchmark}; prints its figures.
 *
 * <p>100,000 distinct reports need more report slots than the demo catalogue has, so it adds 50
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

    @Test
    void import100000Rows() {
        createCatalogue();
        StringBuilder text = new StringBuilder(String.join(",", ReportCsvImport.COLUMNS)).append('\n');
        int rows = 0;
        for (int p = 1; p <= PERIODS; p++) {
            for (int m = 1; m <= MEASURES; m++) {
                for (int s = 1; s <= SECTORS; s++) {
                    int eligible = 100 + (rows % 900);
                    text.append(String.format(Locale.ROOT, "BENCH-M%02d,bench-s%02d,BENCH-%03d,%d,%d,%d,Member survey %d%n",
                            m, s, p, eligible, eligible / 2, eligible / 4, rows));
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
        assertThat(jdbc.sql("select count(*) from participation_report r join reporting_period p on p.id = r.period_id "
                + "where p.code like 'BENCH-%' and r.status = 'SUBMITTED'").query(Long.class).single()).isEqualTo(rows);

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

    private void createCatalogue() {
        long directive = jdbc.sql("select min(id) from directive").query(Long.class).single();
        for (int s = 1; s <= SECTORS; s++) {
            String sector = String.format(Locale.ROOT, "bench-s%02d", s);
            jdbc.sql("insert into sector (id, name) values (?, ?)").params(sector, "Benchmark sector " + s).update();
            jdbc.sql("insert into association_sector (tenant_id, sector_id) values ('infra-assoc', ?)").param(sector).update();
        }
        for (int m = 1; m <= MEASURES; m++) {
            String code = String.format(Locale.ROOT, "BENCH-M%02d", m);
            jdbc.sql("insert into voluntary_measure (directive_id, code, title, adoption_definition, eligible_population, "
                    + "target_percent, target_basis) values (?, ?, ?, 'benchmark', 'benchmark', 50, 'ASSUMED')")
                    .params(directive, code, "Benchmark measure " + m).update();
            jdbc.sql("insert into measure_sector (measure_id, sector_id) select m.id, s.id from voluntary_measure m, sector s "
                    + "where m.code = ? and s.id like 'bench-s%'").param(code).update();
        }
        for (int p = 1; p <= PERIODS; p++) {
            jdbc.sql("insert into reporting_period (code, starts_on, ends_on, due_on, status) "
                    + "values (?, '2019-01-01', '2019-03-31', '2019-04-30', 'OPEN')")
                    .param(String.format(Locale.ROOT, "BENCH-%03d", p)).update();
        }
    }
}
