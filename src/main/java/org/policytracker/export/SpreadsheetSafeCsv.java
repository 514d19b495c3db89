package org.policytracker.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that opens safely in a spreadsheet: a text cell starting with a character that spreadsheets
 * read as the start of a formula ({@code = + - @}, tab, carriage return) is prefixed with an
 * apostrophe, so text a user typed can never run as a formula on the reader's machine (CSV
 * injection). Numbers are written as plain numbers (a negative number is a number, not a formula).
 * The one CSV writer of the application (task lists, gap dashboard).
 */
public final class SpreadsheetSafeCsv {

    private SpreadsheetSafeCsv() {
    }

    /** UTF-8 bytes (with a byte-order mark, so spreadsheets detect the encoding) of a header and rows. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        return ('\uFEFF' + text(header, rows)).getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV text of a header and rows, without a byte-order mark (for a body that names its charset). */
    public static String text(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(out)) {
            printer.printRecord(header.stream().map(SpreadsheetSafeCsv::neutralise).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetSafeCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell as written: empty for null, a number as it is, text with a leading formula character quoted. */
    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number) {
            return text;
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
