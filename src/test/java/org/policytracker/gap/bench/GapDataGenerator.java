package org.policytracker.gap.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Fills a database with a large, deterministic data set for the gap benchmark: at scale 1.0,
 * 1,000,000 participation reports, 20,000 tasks, 30 agencies, 300 associations and 16 sectors
 * (one order of 40 directives and 100 measures, quarterly periods ending with the current quarter).
 * Rows go in as multi-row INSERTs of 1,000 rows; ~10 % of reports carry a superseded revision, the
 * current quarter has submitted (not yet accepted) reports. Runs once per database (order BENCH).
 */
public final class GapDataGenerator {

    static final String ORDER = "BENCH";
    static final int AGENCIES = 30;
    static final int ASSOCIATIONS = 300;
    static final int SECTORS = 16;
    static final int DIRECTIVES = 40;
    static final int MEASURES = 100;
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final LocalDate today;
    private final Random random = new Random(42);

    GapDataGenerator(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    /** Generates the data set unless it is there; returns the number of reports in the database. */
    long generate(double scale) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            var existing = statement.executeQuery("SELECT COUNT(*) FROM exec_order WHERE code = '" + ORDER + "'");
            existing.next();
            if (existing.getLong(1) > 0) {
                return count(statement, "participation_report");
            }
            connection.setAutoCommit(false);
            statement.execute("SET unique_checks = 0, foreign_key_checks = 0");
            long reports = Math.round(1_000_000 * scale);
            long tasks = Math.round(20_000 * scale);
            long started = System.nanoTime();
            reference(statement);
            connection.commit();
            reports(statement, reports);
            connection.commit();
            tasks(statement, tasks);
            connection.commit();
            statement.execute("SET unique_checks = 1, foreign_key_checks = 1");
            statement.execute("ANALYZE TABLE participation_report, task, measure_sector, voluntary_measure, directive");
            connection.commit();
            System.out.printf("generated %,d reports and %,d tasks in %.1f s%n", reports, tasks,
                    (System.nanoTime() - started) / 1e9);
            return count(statement, "participation_report");
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        var rs = statement.executeQuery("SELECT COUNT(*) FROM " + table);
        rs.next();
        return rs.getLong(1);
    }

    private static String agency(int i) {
        return String.format("bench-agency-%02d", i);
    }

    private static String association(int i) {
        return String.format("bench-assoc-%03d", i);
    }

    private static String sector(int i) {
        return String.format("bench-sector-%02d", i);
    }

    /** Sectors an association reports for: two distinct ones. */
    private static int[] sectorsOf(int association) {
        return new int[] {association % SECTORS, (association * 7 + 3) % SECTORS == association % SECTORS
                ? (association + 1) % SECTORS : (association * 7 + 3) % SECTORS};
    }

    /** A measure is eligible in 13 of the 16 sectors. */
    private static boolean eligible(int measure, int sector) {
        return (sector + measure) % SECTORS >= 3;
    }

    private void reference(Statement statement) throws SQLException {
        Inserts tenants = new Inserts(statement, "INSERT INTO tenant (id, kind, name) VALUES ");
        for (int i = 1; i <= AGENCIES; i++) {
            tenants.add("'" + agency(i) + "', 'AGENCY', 'Bench agency " + i + "'");
        }
        for (int i = 1; i <= ASSOCIATIONS; i++) {
            tenants.add("'" + association(i) + "', 'ASSOCIATION', 'Bench association " + i + "'");
        }
        tenants.flush();
        Inserts sectors = new Inserts(statement, "INSERT INTO sector (id, name) VALUES ");
        for (int i = 0; i < SECTORS; i++) {
            sectors.add("'" + sector(i) + "', 'Bench sector " + (i + 1) + "'");
        }
        sectors.flush();
        Inserts covers = new Inserts(statement, "INSERT INTO association_sector (tenant_id, sector_id) VALUES ");
        for (int a = 1; a <= ASSOCIATIONS; a++) {
            for (int s : sectorsOf(a)) {
                covers.add("'" + association(a) + "', '" + sector(s) + "'");
            }
        }
        covers.flush();
        statement.execute("INSERT INTO exec_order (id, code, title, status) VALUES (1000, '" + ORDER
                + "', 'Benchmark order', 'SIGNED')");
        Inserts directives = new Inserts(statement, "INSERT INTO directive (id, order_id, code, title, kind, "
                + "lead_tenant_id, deadline, deadline_basis, priority) VALUES ");
        for (int d = 1; d <= DIRECTIVES; d++) {
            LocalDate deadline = today.plusDays(-180 + (d * 37L) % 900);
            directives.add((1000 + d) + ", 1000, 'D" + d + "', 'Bench directive " + d + "', 'AGENCY_ACTION', '"
                    + agency(1 + d % AGENCIES) + "', '" + deadline + "', 'ASSUMED', 'MEDIUM'");
        }
        directives.flush();
        Inserts measures = new Inserts(statement, "INSERT INTO voluntary_measure (id, directive_id, code, title, "
                + "adoption_definition, eligible_population, target_percent, target_basis) VALUES ");
        Inserts eligibility = new Inserts(statement, "INSERT INTO measure_sector (measure_id, sector_id) VALUES ");
        for (int m = 1; m <= MEASURES; m++) {
            measures.add((1000 + m) + ", " + (1000 + 1 + (m - 1) % DIRECTIVES) + ", 'BM" + m + "', 'Bench measure " + m
                    + "', 'bench', 'bench', " + (40 + m % 41) + ", 'ASSUMED'");
            for (int s = 0; s < SECTORS; s++) {
                if (eligible(m, s)) {
                    eligibility.add((1000 + m) + ", '" + sector(s) + "'");
                }
            }
        }
        measures.flush();
        eligibility.flush();
    }

    private record Period(long id, LocalDate start, LocalDate end, boolean current) {
    }

    private void reports(Statement statement, long target) throws SQLException {
        int perPeriod = 0;
        for (int a = 1; a <= ASSOCIATIONS; a++) {
            for (int s : sectorsOf(a)) {
                for (int m = 1; m <= MEASURES; m++) {
                    perPeriod += eligible(m, s) ? 1 : 0;
                }
            }
        }
        int periodCount = (int) Math.max(1, Math.ceil(target / (perPeriod * 1.1)));
        List<Period> periods = new ArrayList<>();
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        Inserts periodRows = new Inserts(statement, "INSERT INTO reporting_period (id, code, starts_on, ends_on, due_on, "
                + "status) VALUES ");
        for (int p = 0; p < periodCount; p++) {
            LocalDate start = quarter.minusMonths(3L * p);
            LocalDate end = start.plusMonths(3).minusDays(1);
            long id = 1000 + periodCount - p;
            periods.add(new Period(id, start, end, p == 0));
            periodRows.add(id + ", 'BQ-" + start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR) + "', '" + start
                    + "', '" + end + "', '" + end.plusDays(31) + "', '" + (p == 0 ? "OPEN" : "CLOSED") + "'");
        }
        periodRows.flush();
        Inserts rows = new Inserts(statement, "INSERT INTO participation_report (id, tenant_id, measure_id, sector_id, "
                + "period_id, revision, eligible_count, participating_count, verified_count, status, created_at, "
                + "created_by, updated_at, updated_by) VALUES ");
        long written = 0;
        int triple = 0;
        // newest period first: the oldest one is the one left partly filled
        for (int p = 0; p < periods.size() && written < target; p++) {
            Period period = periods.get(p);
            double progress = 1.0 - (double) p / Math.max(1, periods.size());
            for (int a = 1; a <= ASSOCIATIONS && written < target; a++) {
                for (int s : sectorsOf(a)) {
                    for (int m = 1; m <= MEASURES && written < target; m++) {
                        if (!eligible(m, s)) {
                            continue;
                        }
                        triple++;
                        int eligible = 50 + random.nextInt(4950);
                        int participating = (int) Math.min(eligible,
                                Math.round(eligible * (0.1 + 0.6 * progress * random.nextDouble())));
                        int verified = (int) Math.round(participating * (0.3 + 0.6 * random.nextDouble()));
                        String key = "NEXT VALUE FOR participation_report_seq, '" + association(a) + "', " + (1000 + m) + ", '" + sector(s) + "', " + period.id();
                        String stamp = ", '" + today + " 09:00:00', 'bench', '" + today + " 09:00:00', 'bench'";
                        if (triple % 10 == 0 && written + 1 < target) {
                            rows.add(key + ", 1, " + eligible + ", " + (participating / 2) + ", 0, 'SUPERSEDED'" + stamp);
                            written++;
                        }
                        String status = period.current() && triple % 3 == 0 ? "SUBMITTED" : "ACCEPTED";
                        rows.add(key + ", " + (triple % 10 == 0 ? 2 : 1) + ", " + eligible + ", " + participating + ", "
                                + verified + ", '" + status + "'" + stamp);
                        written++;
                    }
                }
            }
        }
        rows.flush();
    }

    private void tasks(Statement statement, long count) throws SQLException {
        String[] statuses = {"DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "IN_PROGRESS", "IN_PROGRESS",
                "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "NOT_STARTED", "NOT_STARTED",
                "NOT_STARTED", "AT_RISK", "AT_RISK", "BLOCKED"};
        Inserts rows = new Inserts(statement, "INSERT INTO task (tenant_id, directive_id, title, status, percent_complete, "
                + "start_on, due_on, completed_on, status_reason, last_activity_at, created_at, created_by, updated_at, "
                + "updated_by) VALUES ");
        for (long i = 1; i <= count; i++) {
            String status = statuses[random.nextInt(statuses.length)];
            LocalDate start = today.minusDays(30 + random.nextInt(1500));
            LocalDate due = start.plusDays(30 + random.nextInt(500));
            LocalDate completed = null;
            int percent = switch (status) {
                case "DONE" -> 100;
                case "NOT_STARTED" -> 0;
                default -> 5 + random.nextInt(90);
            };
            if (status.equals("DONE")) {
                completed = due.plusDays(random.nextInt(61) - 40);
                if (completed.isAfter(today)) {
                    completed = today.minusDays(random.nextInt(30));
                }
                if (completed.isBefore(start)) {
                    completed = start;
                }
            }
            LocalDate activity = completed != null ? completed : today.minusDays(random.nextInt(120));
            String reason = status.equals("AT_RISK") || status.equals("BLOCKED") ? "'bench reason'" : "NULL";
            rows.add("'" + agency(1 + random.nextInt(AGENCIES)) + "', " + (1001 + random.nextInt(DIRECTIVES)) + ", 'Bench task "
                    + i + "', '" + status + "', " + percent + ", '" + start + "', '" + due + "', "
                    + (completed == null ? "NULL" : "'" + completed + "'") + ", " + reason + ", '" + activity
                    + " 09:00:00', '" + today + " 09:00:00', 'bench', '" + today + " 09:00:00', 'bench'");
        }
        rows.flush();
    }

    /** Multi-row INSERT of generated literals (numbers, dates and fixed names only), 1,000 rows a statement. */
    private static final class Inserts {
        private final Statement statement;
        private final String prefix;
        private StringJoiner values = new StringJoiner("), (", "(", ")");
        private int rows;

        Inserts(Statement statement, String prefix) {
            this.statement = statement;
            this.prefix = prefix;
        }

        void add(String row) throws SQLException {
            values.add(row);
            if (++rows == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows > 0) {
                statement.executeUpdate(prefix + values);
                values = new StringJoiner("), (", "(", ")");
                rows = 0;
            }
        }
    }
}
