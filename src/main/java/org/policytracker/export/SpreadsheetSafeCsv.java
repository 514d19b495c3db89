package org.policytracker.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that opens safely in a spreadsheet: a cell starting with a character that spreadsheets read
 * as the start of a formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe,
 * so text a user typed can never run as a formula on the reader's machine (CSV injection).
 */
public final class SpreadsheetSafeCsv {

    private SpreadsheetSafeCsv() {
    }

    /** UTF-8 bytes (with a byte-order mark, so spreadsheets detect the encoding) of a header and rows. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(out)) {
            printer.printRecord(header.stream().map(SpreadsheetSafeCsv::neutralise).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetSafeCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
