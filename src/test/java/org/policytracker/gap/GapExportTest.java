package org.policytracker.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.policytracker.gap.GapDashboard.PeriodRef;

/**
 * The CSV export is safe to open in a spreadsheet: text that would run as a formula is neutralised
 * with a leading quote, quotes and line breaks survive, and numbers (negative ones too) stay numbers.
 */
class GapExportTest {

    private static final GapExport EXPORT = new GapExport();

    static GapDashboard dashboard(String directiveTitle, String measureTitle, String sectorName) {
        TaskFigures tasks = new TaskFigures(2, 50.0, 1, 1, 3.0, 3, 1, 1, 1, 4.0, 4, 0, 1);
        DirectiveGap directive = new DirectiveGap(1, "EO", "D1", directiveTitle, "Agency", LocalDate.of(2027, 1, 1),
                "ASSUMED", tasks, new ReportTotals(1, 10, 8, 2), 1, 1, 0, Map.of(GapComponent.EXECUTION, 50.0), 50.0,
                DirectiveStatus.AT_RISK, new Forecast(false, 1.0, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), -31L),
                List.of(50.0));
        // uptake 80 % against a target of 70 %: uptake gap -10 points
        MeasureUptake measure = new MeasureUptake(5, "M1", measureTitle, 1, "EO D1", 70, null,
                new ReportTotals(1, 10, 8, 2), List.of(new UptakeCell(5, "s", sectorName, new ReportTotals(1, 10, 8, 2))));
        return new GapDashboard(LocalDate.of(2026, 11, 22), GapFilter.ALL,
                new PeriodRef(3, "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                new Headline(0, 1, 0, 0, 50.0, 1, 1, new ReportTotals(1, 10, 8, 2), 1, 1), List.of(directive),
                List.of(measure), List.of());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void formulaLikeTextIsNeutralisedOnlyAtTheStartOfACell() throws IOException {
        String csv = EXPORT.csv(dashboard("=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(A1:A9)", "@cmd"));
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).filteredOn(r -> r.get("section").equals("directive")).allSatisfy(
                r -> assertThat(r.get("directive")).isEqualTo("EO D1 =HYPERLINK(\"http://evil.example\",\"click\")"));
        assertThat(rows).filteredOn(r -> r.get("section").equals("measure")).allSatisfy(
                r -> assertThat(r.get("measure")).isEqualTo("M1 +SUM(A1:A9)"));
        assertThat(rows).filteredOn(r -> r.get("section").equals("measure-sector")).allSatisfy(
                r -> assertThat(r.get("sector")).isEqualTo("'@cmd"));
    }

    @Test
    void aSectorNameThatIsAFormulaIsQuotedButNumbersStayNumbers() throws IOException {
        List<CSVRecord> rows = parse(EXPORT.csv(dashboard("Title, with \"quotes\"\nand a line break", "Measure", "-2+3")));
        assertThat(rows).filteredOn(r -> r.get("section").equals("measure-sector"))
                .allSatisfy(r -> assertThat(r.get("sector")).isEqualTo("'-2+3"));
        assertThat(rows).filteredOn(r -> r.get("metric").equals("uptake gap points")).singleElement()
                .satisfies(r -> assertThat(r.get("value")).isEqualTo("-10.0"));
        assertThat(rows).filteredOn(r -> r.get("section").equals("directive")).first()
                .satisfies(r -> assertThat(r.get("directive")).isEqualTo("EO D1 Title, with \"quotes\"\nand a line break"));
        assertThat(rows).filteredOn(r -> r.get("metric").equals("projected completion")).singleElement()
                .satisfies(r -> assertThat(r.get("value")).isEqualTo("2026-12-01"));
    }

    @Test
    void jsonHasTheSameFigures() {
        String json = EXPORT.json(dashboard("Title", "Measure", "Sector"));
        assertThat(json).contains("\"gapIndex\" : 50.0").contains("\"code\" : \"2026-Q3\"").contains("\"participating\" : 8");
    }
}
