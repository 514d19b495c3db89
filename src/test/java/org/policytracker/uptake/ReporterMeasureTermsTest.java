package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.MeasureAdministration.MeasureInput;
import org.policytracker.uptake.MeasureAdministration.MeasureState;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reporter's list of measures follows the terms in force in the chosen period: a measure whose
 * sectors move from healthcare to finance from a period on is offered to the healthcare association
 * before that period only, and to the finance association from it on, with the target of that period.
 */
@PolicyTrackerTest
class ReporterMeasureTermsTest {

    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    MeasureAdministration measures;
    @Autowired
    ReportingService reporting;

    @Test
    void aMeasureWhoseSectorsChangeFromAPeriodIsListedForTheAssociationsOfTheTermsInForce() {
        TestOrder order = orders.order("MYMEASURES").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("P1", PeriodStatus.OPEN).period("P2", PeriodStatus.OPEN).create();
        String code = order.measure("M");
        MeasureState current = signedIn.as("admin", () -> measures.get(code));
        signedIn.run("admin", () -> measures.edit(code, new MeasureInput(null, current.directiveId(), current.title(),
                current.adoptionDefinition(), current.eligiblePopulation(), new BigDecimal("80"), current.targetDate(),
                Set.of("finance"), order.period("P2"))));

        MeasureRow healthEarlier = only(code, signedIn.as("reporter.health", () -> reporting.myMeasures(order.period("P1"))));
        assertThat(healthEarlier.sectors()).containsExactly("healthcare");
        assertThat(healthEarlier.targetPercent()).isEqualByComparingTo(current.currentTerms().targetPercent());
        assertThat(signedIn.as("reporter.health", () -> reporting.myMeasures(order.period("P2"))))
                .extracting(MeasureRow::code).doesNotContain(code);

        assertThat(signedIn.as("reporter.finance", () -> reporting.myMeasures(order.period("P1"))))
                .extracting(MeasureRow::code).doesNotContain(code);
        MeasureRow financeLater = only(code, signedIn.as("reporter.finance", () -> reporting.myMeasures(order.period("P2"))));
        assertThat(financeLater.sectors()).containsExactly("finance");
        assertThat(financeLater.targetPercent()).isEqualByComparingTo("80");
    }

    private static MeasureRow only(String code, List<MeasureRow> rows) {
        List<MeasureRow> matching = rows.stream().filter(row -> row.code().equals(code)).toList();
        assertThat(matching).as("the list offers %s once", code).hasSize(1);
        return matching.getFirst();
    }
}
