package org.policytracker.gap.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.GapFilter;
import org.policytracker.gap.GapReportRow;
import org.policytracker.gap.ReportTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The gap metrics' reads of voluntary measures and accepted participation reports. */
@Component
public class UptakeQueries {

    /**
     * A report counts when it is accepted: the database keeps at most one accepted revision per
     * association, measure, sector and period (V5), so that row is the latest accepted revision.
     */
    static final String ACCEPTED = "r.status = 'ACCEPTED'";

    private final JdbcClient jdbc;

    UptakeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Accepted report totals per period (key: its id), measure and sector over the given periods, from
     * the rollup that triggers keep equal to the sums over accepted reports (V5: gap_uptake_rollup).
     */
    public Map<Long, Map<Slot, ReportTotals>> acceptedTotals(GapFilter filter, List<PeriodRef> periods) {
        Map<Long, Map<Slot, ReportTotals>> totals = new HashMap<>();
        if (periods.isEmpty()) {
            return totals;
        }
        Where where = new Where().and("u.reports > 0")
                .and("u.period_id IN (:periods)", "periods", periods.stream().map(PeriodRef::id).toList());
        if (filter.sectorId() != null) {
            where.and("u.sector_id = :sector", "sector", filter.sectorId());
        }
        jdbc.sql("SELECT u.period_id, u.measure_id, u.sector_id, u.reports, u.eligible, u.participating, u.verified "
                + "FROM gap_uptake_rollup u" + where)
                .params(where.params)
                .query((rs, n) -> totals.computeIfAbsent(rs.getLong("period_id"), id -> new HashMap<>())
                        .put(new Slot(rs.getLong("measure_id"), rs.getString("sector_id")),
                                new ReportTotals(rs.getLong("reports"), rs.getLong("eligible"),
                                        rs.getLong("participating"), rs.getLong("verified"))))
                .list();
        return totals;
    }

    /**
     * The measures in the filter with all their terms: the first (the measure's own target and
     * sectors) and every later change (measure_terms, from a period on); with a sector filter, only
     * that sector is kept in each terms' sectors.
     */
    public MeasureCatalogue measureCatalogue(GapFilter filter) {
        Where cellWhere = Where.directives(filter);
        if (filter.sectorId() != null) {
            cellWhere.and("s.id = :sector", "sector", filter.sectorId());
        }
        Map<Long, List<MeasureCatalogue.Sector>> firstSectors = new HashMap<>();
        jdbc.sql("""
                SELECT ms.measure_id, s.id, s.name
                FROM measure_sector ms JOIN sector s ON s.id = ms.sector_id
                  JOIN voluntary_measure m ON m.id = ms.measure_id JOIN directive d ON d.id = m.directive_id
                """ + cellWhere)
                .params(cellWhere.params)
                .query((rs, n) -> firstSectors.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
                        .add(new MeasureCatalogue.Sector(rs.getString("id"), rs.getString("name"))))
                .list();
        Map<Long, List<MeasureCatalogue.Sector>> changedSectors = new HashMap<>();
        jdbc.sql("""
                SELECT ts.terms_id, s.id, s.name
                FROM measure_terms_sector ts JOIN sector s ON s.id = ts.sector_id JOIN measure_terms t ON t.id = ts.terms_id
                  JOIN voluntary_measure m ON m.id = t.measure_id JOIN directive d ON d.id = m.directive_id
                """ + cellWhere)
                .params(cellWhere.params)
                .query((rs, n) -> changedSectors.computeIfAbsent(rs.getLong("terms_id"), id -> new ArrayList<>())
                        .add(new MeasureCatalogue.Sector(rs.getString("id"), rs.getString("name"))))
                .list();
        Where measureWhere = Where.directives(filter);
        Map<Long, List<MeasureCatalogue.Terms>> changes = new HashMap<>();
        jdbc.sql("""
                SELECT t.id, t.measure_id, t.target_percent, p.code, p.starts_on
                FROM measure_terms t JOIN reporting_period p ON p.id = t.from_period_id
                  JOIN voluntary_measure m ON m.id = t.measure_id JOIN directive d ON d.id = m.directive_id
                """ + measureWhere + " ORDER BY p.starts_on")
                .params(measureWhere.params)
                .query((rs, n) -> changes.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
                        .add(new MeasureCatalogue.Terms(rs.getString("code"), rs.getDate("starts_on").toLocalDate(),
                                rs.getDouble("target_percent"),
                                changedSectors.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        List<MeasureCatalogue.Measure> measures = jdbc.sql("""
                SELECT m.id, m.code, m.title, m.directive_id, CONCAT(o.code, ' ', d.code) AS directive, m.target_percent
                FROM voluntary_measure m JOIN directive d ON d.id = m.directive_id JOIN exec_order o ON o.id = d.order_id
                """ + measureWhere + " ORDER BY o.code, d.code, m.code")
                .params(measureWhere.params)
                .query((rs, n) -> new MeasureCatalogue.Measure(rs.getLong("id"), rs.getString("code"),
                        rs.getString("title"), rs.getLong("directive_id"), rs.getString("directive"),
                        new MeasureCatalogue.Terms(null, null, rs.getDouble("target_percent"),
                                firstSectors.getOrDefault(rs.getLong("id"), List.of())),
                        List.copyOf(changes.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return new MeasureCatalogue(measures, filter.sectorId() != null);
    }

    /** The accepted reports of a measure in a period (optionally one sector's). */
    public List<GapReportRow> acceptedReports(long measureId, String sectorId, long periodId) {
        Where where = new Where().and("r.measure_id = :measure", "measure", measureId)
                .and("r.period_id = :period", "period", periodId).and(ACCEPTED);
        if (sectorId != null) {
            where.and("r.sector_id = :sector", "sector", sectorId);
        }
        return jdbc.sql("""
                SELECT r.id, r.tenant_id, a.name AS association, r.sector_id, s.name AS sector, r.revision,
                       r.eligible_count, r.participating_count, r.verified_count, r.reviewed_at, r.reviewed_by,
                       COALESCE(u.display_name, r.reviewed_by) AS reviewed_by_name
                FROM participation_report r JOIN tenant a ON a.id = r.tenant_id JOIN sector s ON s.id = r.sector_id
                LEFT JOIN app_user u ON u.username = r.reviewed_by
                """ + where + " ORDER BY s.name, a.name, r.id")
                .params(where.params)
                .query((rs, n) -> new GapReportRow(rs.getLong("id"), rs.getString("tenant_id"),
                        rs.getString("association"), rs.getString("sector_id"), rs.getString("sector"),
                        rs.getInt("revision"), rs.getLong("eligible_count"), rs.getLong("participating_count"),
                        rs.getLong("verified_count"), rs.getTimestamp("reviewed_at") == null ? null
                                : rs.getTimestamp("reviewed_at").toInstant(), rs.getString("reviewed_by"),
                        rs.getString("reviewed_by_name")))
                .list();
    }
}
