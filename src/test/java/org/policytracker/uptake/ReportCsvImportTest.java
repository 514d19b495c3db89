package org.policytracker.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV import as an association uses it: good files, each kind of bad row, encodings, delimiters, size. */
@PolicyTrackerTest
class ReportCsvImportTest {

    private static final String OPEN = "T-CSV";
    private static final String GOOD = "T-CSV-GOOD";
    private static final String CLOSED = "T-CSV-CLOSED";
    private static final String HEADER = "measure,sector,period,eligibleCount,participatingCount,verifiedCount,evidenceNote\n";

    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportCsvImport csv;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportingFixtures fixtures;

    @BeforeEach
    void periods() {
        fixtures.period(OPEN, PeriodStatus.OPEN);
        fixtures.period(GOOD, PeriodStatus.OPEN);
        fixtures.period(CLOSED, PeriodStatus.CLOSED);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFileIsPreviewedThenSubmittedAsAWhole() {
        byte[] file = utf8(HEADER
                + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + GOOD + ",3200,500,120,\"Survey, Q1\"\n"
                + "\n"
                + "M-CLEARINGHOUSE-SHARING,transportation," + GOOD + ",900,300,100,\n"
                + "M-AI-THREAT-SHARING,transportation," + GOOD + ",900,450,200,Sharing \"ISAC\" logs\n");
        ReportCsvImport.Preview preview = signedIn.as("reporter.infra", () -> csv.preview(file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ReportCsvImport.Row::line).containsExactly(2L, 4L, 5L);
        assertThat(preview.rows().getFirst().input().evidenceNote()).isEqualTo("Survey, Q1");
        assertThat(fixtures.revisions("infra-assoc", GOOD)).isZero();

        assertThat(signedIn.as("reporter.infra", () -> csv.commit(file))).isEqualTo(3);
        assertThat(signedIn.as("reporter.infra", () -> reporting.history("M-AI-DEFENSE-DEPLOYMENT", "energy-utilities", GOOD)))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
                    assertThat(r.participatingCount()).isEqualTo(500);
                    assertThat(r.submittedBy()).isEqualTo("reporter.infra");
                });
        // The same file again corrects each report: three new revisions, the first ones superseded.
        signedIn.as("reporter.infra", () -> csv.commit(file));
        assertThat(fixtures.status("infra-assoc", "M-AI-DEFENSE-DEPLOYMENT", "energy-utilities", GOOD, 1)).isEqualTo("SUPERSEDED");
        assertThat(fixtures.status("infra-assoc", "M-AI-DEFENSE-DEPLOYMENT", "energy-utilities", GOOD, 2)).isEqualTo("SUBMITTED");
    }

    @Test
    void everyBadRowIsAnsweredWithLineColumnAndReasonAndNothingIsCommitted() {
        byte[] file = utf8(HEADER
                + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + OPEN + ",100,50,10,good row\n"         // 2 good
                + "M-UNKNOWN,energy-utilities," + OPEN + ",100,50,10,\n"                                // 3
                + "M-AI-DEFENSE-DEPLOYMENT,atlantis," + OPEN + ",100,50,10,\n"                          // 4
                + "M-AI-DEFENSE-DEPLOYMENT,finance," + OPEN + ",100,50,10,\n"                           // 5
                + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + CLOSED + ",100,50,10,\n"                // 6
                + "M-CLEARINGHOUSE-SHARING,energy-utilities," + OPEN + ",100,150,10,\n"                 // 7
                + "M-CLEARINGHOUSE-SHARING,transportation," + OPEN + ",lots,50,10,\n"                   // 8
                + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + OPEN + ",100,60,10,\n"                  // 9 duplicate of 2
                + "M-AI-THREAT-SHARING,transportation," + OPEN + ",100,50\n"                            // 10 short
                + "M-AI-THREAT-SHARING,energy-utilities," + OPEN + ",,50,10,\n");                       // 11 missing
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
                r -> assertThat(r).contains(CLOSED + " is closed"),
                r -> assertThat(r).contains("more than the eligible count"),
                r -> assertThat(r).contains("'lots' is not a whole number"),
                r -> assertThat(r).contains("duplicates line 2"),
                r -> assertThat(r).contains("has 5 values but the header has 7"),
                r -> assertThat(r).contains("is required"));

        assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> csv.commit(file)))
                .isInstanceOf(CsvImportRejectedException.class)
                .satisfies(e -> assertThat(((CsvImportRejectedException) e).problems()).hasSize(9));
        assertThat(fixtures.revisions("infra-assoc", OPEN)).isZero();
    }

    @Test
    void wrongEncodingsAndDelimitersAreRefusedWithAClearReason() {
        byte[] latin1 = (HEADER + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + OPEN + ",100,50,10,\"Réseau\"\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(signedIn.as("reporter.infra", () -> csv.preview(latin1)).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.reason()).contains("0xE9").contains("not UTF-8");
                });

        byte[] utf16 = (HEADER).getBytes(StandardCharsets.UTF_16);
        assertThat(signedIn.as("reporter.infra", () -> csv.preview(utf16)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("UTF-16"));

        byte[] withBom = utf8("\uFEFF" + HEADER + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + OPEN + ",100,50,10,Réseau\n");
        ReportCsvImport.Preview bom = signedIn.as("reporter.infra", () -> csv.preview(withBom));
        assertThat(bom.problems()).isEmpty();
        assertThat(bom.rows().getFirst().input().evidenceNote()).isEqualTo("Réseau");

        byte[] semicolons = utf8(HEADER.replace(',', ';') + "M-AI-DEFENSE-DEPLOYMENT;energy-utilities;" + OPEN + ";100;50;10;\n");
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
        byte[] file = utf8(HEADER + "M-AI-DEFENSE-DEPLOYMENT,energy-utilities," + OPEN + ",100,50,10,a note long enough\n");
        assertThat(signedIn.as("reporter.infra", () -> small.preview(file)).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isZero();
                    assertThat(p.reason()).contains("the limit is 100 bytes");
                });
        assertThatThrownBy(() -> signedIn.as("reporter.infra", () -> small.commit(file)))
                .isInstanceOf(CsvImportRejectedException.class);
        assertThat(fixtures.revisions("infra-assoc", OPEN)).isZero();
    }

    @Test
    void theTemplateListsWhatIsDueInOpenPeriods() {
        String template = signedIn.as("reporter.frontier", csv::template);
        assertThat(template).startsWith(HEADER)
                .contains("M-FRONTIER-PRERELEASE-REVIEW,frontier-ai,2026-Q4,,,,\n")
                .doesNotContain("2026-Q3").doesNotContain("healthcare");
    }
}
