package org.policytracker.gap.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policytracker.gap.GapDashboard.PeriodRef;
import org.policytracker.gap.GapProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reporting periods a dashboard looks at. */
@Component
public class PeriodQueries {

    private final JdbcClient jdbc;
    private final GapProperties settings;

    PeriodQueries(JdbcClient jdbc, GapProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * The trend's periods (at most {@code policy-tracker.gap.trend-periods}), oldest first, ending with
     * the selected period; by default the latest period that has ended (its reports are in), or, before
     * any has ended, the latest one that has started. Empty before any period has started.
     *
     * @throws InvalidFilterException when the selected period does not exist
     */
    public List<PeriodRef> trendPeriods(Long periodId, LocalDate asOf) {
        Optional<PeriodRef> selected = periodId != null
                ? jdbc.sql("SELECT id, code, starts_on, ends_on FROM reporting_period WHERE id = :id")
                        .param("id", periodId).query(PeriodQueries::period).optional()
                : jdbc.sql("""
                        SELECT id, code, starts_on, ends_on FROM reporting_period WHERE starts_on <= :asOf
                        ORDER BY ends_on < :asOf DESC, starts_on DESC LIMIT 1""").param("asOf", Date.valueOf(asOf))
                        .query(PeriodQueries::period).optional();
        if (selected.isEmpty()) {
            if (periodId != null) {
                throw new InvalidFilterException("No reporting period with id " + periodId);
            }
            return List.of();
        }
        List<PeriodRef> periods = new ArrayList<>(jdbc.sql("""
                SELECT id, code, starts_on, ends_on FROM reporting_period WHERE starts_on <= :start
                ORDER BY starts_on DESC LIMIT :limit""")
                .param("start", Date.valueOf(selected.get().startsOn())).param("limit", settings.trendPeriods())
                .query(PeriodQueries::period).list());
        return periods.reversed();
    }

    private static PeriodRef period(ResultSet rs, int row) throws SQLException {
        return new PeriodRef(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate());
    }
}
