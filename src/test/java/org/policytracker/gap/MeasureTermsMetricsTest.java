package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.MeasureAdministration;
import org.policytracker.uptake.MeasureAdministration.MeasureInput;
import org.policytracker.uptake.MeasureAdministration.MeasureState;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change of a measure's target and sectors from a period on: the metrics of an earlier period keep
 * the first terms, those of that period and later ones use the new terms, and "How computed?" says
 * which terms apply since which period; reports follow the same terms (a sector added from a period
 * on takes reports from that period on).
 */
@PolicyTrackerTest
class MeasureTermsMetricsTest {

    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    MeasureAdministration measures;
    @Autowired
    ReportReviewService review;
    @Autowired
    GapMetricsService metrics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewTargetAppliesFromItsPeriodOnAndEarlierPeriodsKeepTheirMetrics() {
        // measure target 50 % for healthcare and finance; 40 of 100 hospitals take it up in each period
        TestOrder order = orders.order("TERMS").directive("A", "cisa").measure("M", "A", "healthcare", "finance")
                .period("P1", PeriodStatus.OPEN).period("P2", PeriodStatus.OPEN).create();
        for (String period : new String[] {order.period("P1"), order.period("P2")}) {
            ReportRow report = orders.report("reporter.health", order.measure("M"), "healthcare", period, 100, 40, 10);
            signedIn.run("pm.cisa", () -> review.accept(report.id(), "Checked"));
        }
        MeasureUptake earlierBefore = measureIn(order, "P1");
        assertThat(earlierBefore.targetPercent()).isEqualTo(50.0);
        assertThat(earlierBefore.uptakeGap()).isEqualTo(10.0);
        assertThat(measureIn(order, "P2").uptakeGap()).isEqualTo(10.0);

        MeasureState current = signedIn.as("admin", () -> measures.get(order.measure("M")));
        signedIn.run("admin", () -> measures.edit(order.measure("M"), new MeasureInput(null, current.directiveId(),
                current.title(), current.adoptionDefinition(), current.eligiblePopulation(), new BigDecimal("80"),
                current.targetDate(), Set.of("healthcare"), order.period("P2"))));

        MeasureUptake earlier = measureIn(order, "P1");
        assertThat(earlier).isEqualTo(earlierBefore);
        assertThat(earlier.termsFromPeriod()).isNull();
        assertThat(earlier.cells()).extracting(UptakeCell::sectorId).containsExactlyInAnyOrder("healthcare", "finance");

        MeasureUptake later = measureIn(order, "P2");
        assertThat(later.targetPercent()).isEqualTo(80.0);
        assertThat(later.uptakeGap()).isEqualTo(40.0);
        assertThat(later.cells()).extracting(UptakeCell::sectorId).containsExactly("healthcare");
        assertThat(later.uncoveredSectors()).as("finance is no longer eligible from P2 on").isZero();
        assertThat(later.termsFromPeriod()).isEqualTo(order.period("P2"));

        assertThat(dashboardOf(order, "P2").measureTerms()).contains(order.measure("M")
                + ": terms in force since period " + order.period("P2") + " (target 80.0 %, eligible sectors ")
                .contains("periods before " + order.period("P2") + " keep the terms they had");
        assertThat(dashboardOf(order, "P1").measureTerms()).contains(order.measure("M") + ": its first terms "
                + "(target 50.0 %, eligible sectors ");
    }

    @Test
    void aSectorAddedFromAPeriodTakesReportsFromThatPeriodOnOnly() {
        TestOrder order = orders.order("TERMS-SECTOR").directive("A", "cisa").measure("M", "A", "finance")
                .period("P1", PeriodStatus.OPEN).period("P2", PeriodStatus.OPEN).create();
        MeasureState current = signedIn.as("admin", () -> measures.get(order.measure("M")));
        signedIn.run("admin", () -> measures.edit(order.measure("M"), new MeasureInput(null, current.directiveId(),
                current.title(), current.adoptionDefinition(), current.eligiblePopulation(),
                current.currentTerms().targetPercent(), null, Set.of("finance", "healthcare"), order.period("P2"))));

        assertThatThrownBy(() -> orders.report("reporter.health", order.measure("M"), "healthcare", order.period("P1"),
                10, 5, 1)).isInstanceOf(ReportRejectedException.class)
                .hasMessageContaining("does not apply to sector 'healthcare' in period " + order.period("P1"));
        assertThat(orders.report("reporter.health", order.measure("M"), "healthcare", order.period("P2"), 10, 5, 1)
                .status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private GapDashboard dashboardOf(TestOrder order, String period) {
        long periodId = jdbc.sql("SELECT id FROM reporting_period WHERE code = ?").param(order.period(period))
                .query(Long.class).single();
        return metrics.dashboard(new GapFilter(order.id(), null, null, null, periodId), LocalDate.of(2026, 11, 22));
    }

    private MeasureUptake measureIn(TestOrder order, String period) {
        return dashboardOf(order, period).measures().stream().filter(m -> m.code().equals(order.measure("M")))
                .findFirst().orElseThrow();
    }
}
