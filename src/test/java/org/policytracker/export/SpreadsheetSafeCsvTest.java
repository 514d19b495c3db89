package org.policytracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text. */
class SpreadsheetSafeCsvTest {

    @Test
    void everyFormulaTriggerIsPrefixedAndOtherTextIsLeftAlone() throws Exception {
        List<String> dangerous = List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR");
        String csv = new String(SpreadsheetSafeCsv.write(List.of("value"),
                dangerous.stream().map(List::of).toList()), StandardCharsets.UTF_8);
        List<String> cells = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).stream()
                .skip(1).map(record -> record.get(0)).toList();
        assertThat(cells).containsExactlyElementsOf(dangerous.stream().map(value -> "'" + value).toList());
        assertThat(SpreadsheetSafeCsv.neutralise("CISA 2026 plan")).isEqualTo("CISA 2026 plan");
        assertThat(SpreadsheetSafeCsv.neutralise(42)).isEqualTo("42");
        assertThat(SpreadsheetSafeCsv.neutralise(null)).isEmpty();
    }
}
