package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV import as an association uses it: good files, each kind of bad row, encodings, delimiters,
 * size. The infrastructure association (energy and utilities, transportation) imports against an
 * order of the class's own: DEFENSE for energy and utilities and finance, SHARING and THREAT for
 * energy and utilities and transportation, FRONTIER for frontier AI developers.
 */
@PolicyTrackerTest
class ReportCsvImportTest {

    private static String defense;
    private static String sharing;
    private static String threat;
    private static String frontier;
    private static String open;
    private static String good;
    private static String closed;
    private static final String HEADER = "measure,sector,period,eligibleCount,participatingCount,verifiedCount,evidenceNote\n";

    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportCsvImport csv;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportingFixtures fixtures;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        TestOrder order = orders.order("CSV").directive("CISA", "cisa").directive("DHS", "dhs").directive("NSA", "nsa")
                .measure("DEFENSE", "CISA", "energy-utilities", "finance")
                .measure("SHARING", "DHS", "energy-utilities", "transportation")
                .measure("THREAT", "CISA", "energy-utilities", "transportation")
                .measure("FRONTIER", "NSA", "frontier-ai")
                .period("OPEN", PeriodStatus.OPEN).period("GOOD", PeriodStatus.OPEN)
                .period("CLOSED", PeriodStatus.CLOSED).create();
        defense = order.measure("DEFENSE");
        sharing = order.measure("SHARING");
        threat = order.measure("THREAT");
        frontier = order.measure("FRONTIER");
        open = order.period("OPEN");
        good = order.period("GOOD");
        closed = order.period("CLOSED");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFileIsPreviewedThenSubmittedAsAWhole() {
        byte[] file = utf8(HEADER
                + defense + ",energy-utilities," + good + ",3200,500,120,\"Survey, Q1\"\n"
                + "\n"
                + sharing + ",transportation," + good + ",900,300,100,\n"
                + threat + ",transportation," + good + ",900,450,200,Sharing \"ISAC\" logs\n");
        ReportCsvImport.Preview preview = signedIn.as("reporter.infra", () -> csv.preview(file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ReportCsvImport.Row::line).containsExactly(2L, 4L, 5L);
        assertThat(preview.rows().getFirst().input().evidenceNote()).isEqualTo("Survey, Q1");
        assertThat(fixtures.revisions("infra-assoc", good)).isZero();

        assertThat(signedIn.as("reporter.infra", () -> csv.commit(file))).isEqualTo(3);
        assertThat(signedIn.as("reporter.infra", () -> reporting.history(defense, "energy-utilities", good)))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
                    assertThat(r.participatingCount()).isEqualTo(500);
                    assertThat(r.submittedBy()).isEqualTo("reporter.infra");
                });
        // The same file again corrects each report: three new revisions, the first ones superseded.
        signedIn.as("reporter.infra", () -> csv.commit(file));
        assertThat(fixtures.status("infra-assoc", defense, "energy-utilities", good, 1)).isEqualTo("SUPERSEDED");
        assertThat(fixtures.status("infra-assoc", defense, "energy-utilities", good, 2)).isEqualTo("SUBMITTED");
    }

    @Test
    void everyBadRowIsAnsweredWithLineColumnAndReasonAndNothingIsCommitted() {
        byte[] file = utf8(HEADER
                + defense + ",energy-utilities," + open + ",100,50,10,good row\n"         // 2 good
                + "M-UNKNOWN,energy-utilities," + open + ",100,50,10,\n"                  // 3
                + defense + ",atlantis," + open + ",100,50,10,\n"                         // 4
                + defense + ",finance," + open + ",100,50,10,\n"                          // 5
                + defense + ",energy-utilities," + closed + ",100,50,10,\n"               // 6
                + sharing + ",energy-utilities," + open + ",100,150,10,\n"                // 7
                + sharing + ",transportation," + open + ",lots,50,10,\n"                  // 8
                + defense + ",energy-utilities," + open + ",100,60,10,\n"                 // 9 duplicate of 2
                + threat + ",transportation," + open + ",100,50\n"                        // 10 short
                + threat + ",energy-utilities," + open + ",,50,10,\n");                   // 11 missing
        ReportCsvImport.Preview preview = signedIn.as("reporter.infra", () -> csv.preview(file));
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).extracting(ReportCsvImport.Problem::line, ReportCsvImport.Problem::column)
                .containsExactly(tuple(3L, "measure"), tuple(4L, "sector"), tuple(5L, "sector"), tuple(6L, "period"),
                        tuple(7L, "participatingCount"), tuple(8L, "eligibleCount"), tuple(9L, "measure"),
                        tuple(10L, null), tuple(11L, "eligibleCount"));
        assertThat(preview.problems()).extracting(ReportCsvImport.Problem::reason).satisfiesExactly(
                r -> assertThat(r).contains("unknown measure 'M-UNKNOWN'"),
                r -> assertThat(r).contains("unknown sector 'atlantis'"),
                r -> assertThat(r).contains("does not report for sector 'finance'"),
                r -> assertThat(r).contains(closed + " is closed"),
                r -> assertThat(r).contains("more than the eligible count"),
                r -> assertThat(r).contains("'lots' is not a whole number"),
                r -> assertThat(r).contains("duplicates line 2"),
                r -> assertThat(r).contains("has 5 values but the header has 7"),
                r -> assertThat(r).contains("is required"));

        assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> csv.commit(file)))
                .isInstanceOf(CsvImportRejectedException.class)
                .satisfies(e -> assertThat(((CsvImportRejectedException) e).problems()).hasSize(9));
        assertThat(fixtures.revisions("infra-assoc", open)).isZero();
    }

    @Test
    void wrongEncodingsAndDelimitersAreRefusedWithAClearReason() {
        byte[] latin1 = (HEADER + defense + ",energy-utilities," + open + ",100,50,10,\"Réseau\"\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(signedIn.as("reporter.infra", () -> csv.preview(latin1)).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.reason()).contains("0xE9").contains("not UTF-8");
                });

        byte[] utf16 = (HEADER).getBytes(StandardCharsets.UTF_16);
        assertThat(signedIn.as("reporter.infra", () -> csv.preview(utf16)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("UTF-16"));

        byte[] withBom = utf8("\uFEFF" + HEADER + defense + ",energy-utilities," + open + ",100,50,10,Réseau\n");
        ReportCsvImport.Preview bom = signedIn.as("reporter.infra", () -> csv.preview(withBom));
        assertThat(bom.problems()).isEmpty();
        assertThat(bom.rows().getFirst().input().evidenceNote()).isEqualTo("Réseau");

        byte[] semicolons = utf8(HEADER.replace(',', ';') + defense + ";energy-utilities;" + open + ";100;50;10;\n");
        assertThat(signedIn.as("reporter.infra", () -> csv.preview(semicolons)).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.reason()).contains("separated by ';'");
                });

        byte[] wrongHeader = utf8("measure,sector,quarter,eligibleCount,participatingCount,verifiedCount\n");
        assertThat(signedIn.as("reporter.infra", () -> csv.preview(wrongHeader)).problems())
                .extracting(ReportCsvImport.Problem::column).containsExactly("quarter", "period");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsAWhole() {
        ReportCsvImport small = new ReportCsvImport(reporting, 100);
        byte[] file = utf8(HEADER + defense + ",energy-utilities," + open + ",100,50,10,a note long enough\n");
        assertThat(signedIn.as("reporter.infra", () -> small.preview(file)).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isZero();
                    assertThat(p.reason()).contains("the limit is 100 bytes");
                });
        assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> small.commit(file)))
                .isInstanceOf(CsvImportRejectedException.class);
        assertThat(fixtures.revisions("infra-assoc", open)).isZero();
    }

    @Test
    void theTemplateListsWhatIsDueInOpenPeriods() {
        String template = signedIn.as("reporter.frontier", csv::template);
        assertThat(template).startsWith(HEADER)
                .contains(frontier + ",frontier-ai," + open + ",,,,\n")
                .contains(frontier + ",frontier-ai," + good + ",,,,\n")
                .doesNotContain(closed).doesNotContain("healthcare");
    }
}
