package org.policytracker.uptake;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation reports from a CSV file (UTF-8, comma-separated, one header line naming
 * {@link #COLUMNS}): a preview that checks every row and writes nothing, and an all-or-nothing
 * commit that submits every row in one transaction, or nothing when any row is wrong. Each problem
 * names its line (1 is the header), column and reason.
 */
@Service
public class ReportCsvImport {

    public static final List<String> COLUMNS = List.of("measure", "sector", "period", "eligibleCount",
            "participatingCount", "verifiedCount", "evidenceNote");
    private static final Set<String> REQUIRED = Set.copyOf(COLUMNS.subList(0, 6));
    private static final List<String> COUNT_COLUMNS = COLUMNS.subList(3, 6);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

    private final ReportingService reporting;
    private final long maxBytes;

    ReportCsvImport(ReportingService reporting,
            @Value("${policy-tracker.reporting.csv-max-bytes:20971520}") long maxBytes) {
        this.reporting = reporting;
        this.maxBytes = maxBytes;
    }

    /** One problem of a file; line 0 stands for the file as a whole, column null for the whole line. */
    public record Problem(long line, String column, String reason) {
    }

    /** A row that passed every check, with the line it came from. */
    public record Row(long line, ReportInput input) {
    }

    /** What an import would do: the rows it would submit, or the problems that stop it. */
    public record Preview(List<Row> rows, List<Problem> problems) {
        public boolean importable() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks a file without writing anything. */
    @Transactional(readOnly = true)
    public Preview preview(byte[] file) {
        return check(file, reporting.catalogue());
    }

    /**
     * Submits every row of the file in one transaction, or refuses the whole file with its problems.
     * A file at the size limit holds some 300,000 rows: its one transaction may outlast the default
     * timeout of 30 s on a loaded machine, so it has five minutes.
     */
    @Transactional(timeout = 300)
    public int commit(byte[] file) {
        ReportingCatalogue catalogue = reporting.catalogue();
        Preview preview = check(file, catalogue);
        if (!preview.problems().isEmpty()) {
            throw new CsvImportRejectedException(preview.problems());
        }
        if (preview.rows().isEmpty()) {
            throw new CsvImportRejectedException(List.of(new Problem(0, null, "The file has a header but no reports")));
        }
        return reporting.submitAll(catalogue, preview.rows().stream().map(Row::input).toList());
    }

    /**
     * A file to fill in: the header, then one line per measure and covered sector for each open
     * period, with the counts left empty.
     */
    @Transactional(readOnly = true)
    public String template() {
        List<Sector> sectors = reporting.mySectors();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(COLUMNS);
            for (PeriodRow period : reporting.periodRows()) {
                if (period.status() != PeriodStatus.OPEN) {
                    continue;
                }
                for (MeasureRow measure : reporting.myMeasures(period.code())) {
                    for (Sector sector : sectors) {
                        if (measure.sectors().contains(sector.getId())) {
                            printer.printRecord(measure.code(), sector.getId(), period.code(), "", "", "", "");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    Preview check(byte[] file, ReportingCatalogue catalogue) {
        if (file.length > maxBytes) {
            return refused(new Problem(0, null, String.format("The file has %,d bytes; the limit is %,d bytes (%d MiB). "
                    + "Split it into smaller files.", file.length, maxBytes, maxBytes / (1024 * 1024))));
        }
        String text;
        try {
            text = decode(file);
        } catch (CsvImportRejectedException e) {
            return new Preview(List.of(), e.problems());
        }
        int firstBreak = text.indexOf('\n');
        String headerLine = (firstBreak < 0 ? text : text.substring(0, firstBreak)).strip();
        if (headerLine.isEmpty()) {
            return refused(new Problem(1, null, "The file is empty: the first line must be the header "
                    + String.join(",", COLUMNS)));
        }
        if (!headerLine.contains(",")) {
            for (String other : List.of(";", "\t", "|")) {
                if (headerLine.contains(other)) {
                    return refused(new Problem(1, null, "The columns are separated by "
                            + (other.equals("\t") ? "tabs" : "'" + other + "'") + "; separate them with commas (,)"));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = null;
            Map<ReportInput.Slot, Long> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = lines.lineOf(startOfContent(text, record.getCharacterPosition()));
                if (header == null) {
                    header = record.toList();
                    List<Problem> headerProblems = checkHeader(header);
                    if (!headerProblems.isEmpty()) {
                        return new Preview(List.of(), headerProblems);
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new Problem(line, null, "has " + record.size() + " values but the header has "
                            + header.size() + " columns (a value that contains a comma must be in double quotes)"));
                    continue;
                }
                readRow(line, header, record, catalogue, seen, rows, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            problems.add(new Problem(lines.lineOf(text.length() - 1), null,
                    "The file is not well-formed CSV: " + malformed.getMessage()));
        }
        return new Preview(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static void readRow(long line, List<String> header, CSVRecord record, ReportingCatalogue catalogue,
            Map<ReportInput.Slot, Long> seen, List<Row> rows, List<Problem> problems) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        List<Problem> found = new ArrayList<>();
        Integer[] counts = new Integer[3];
        for (int i = 0; i < 3; i++) {
            String raw = values.get(COUNT_COLUMNS.get(i));
            if (!raw.isEmpty()) {
                try {
                    counts[i] = Integer.valueOf(raw);
                } catch (NumberFormatException e) {
                    found.add(new Problem(line, COUNT_COLUMNS.get(i), "'" + raw + "' is not a whole number"));
                }
            }
        }
        String note = values.getOrDefault("evidenceNote", "");
        ReportInput input = new ReportInput(values.get("measure"), values.get("sector"), values.get("period"), counts[0],
                counts[1], counts[2], note.isEmpty() ? null : note, List.of());
        Set<String> unreadable = new HashSet<>();
        found.forEach(problem -> unreadable.add(problem.column()));
        for (ReportViolation violation : catalogue.check(input)) {
            if (!unreadable.contains(violation.field())) {
                found.add(new Problem(line, violation.field(), violation.message()));
            }
        }
        if (!ReportingCatalogue.blank(input.measure()) && !ReportingCatalogue.blank(input.sector())
                && !ReportingCatalogue.blank(input.period())) {
            Long earlier = seen.putIfAbsent(input.slot(), line);
            if (earlier != null) {
                found.add(new Problem(line, "measure", "duplicates line " + earlier
                        + " (same measure, sector and period); report each once per file"));
            }
        }
        if (found.isEmpty()) {
            rows.add(new Row(line, input));
        } else {
            problems.addAll(found);
        }
    }

    private static List<Problem> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                problems.add(new Problem(1, column, "unknown column; the columns are " + String.join(",", COLUMNS)));
            } else if (!names.add(column)) {
                problems.add(new Problem(1, column, "the column appears twice"));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !names.contains(required)) {
                problems.add(new Problem(1, required, "the required column is missing"));
            }
        }
        return problems;
    }

    /**
     * The file as text: UTF-8 only (a UTF-8 byte-order mark is skipped). Other encodings are refused
     * with the line and byte where the text stops being UTF-8, rather than read as wrong characters.
     */
    static String decode(byte[] file) {
        if (file.length >= 2 && ((file[0] == (byte) 0xFE && file[1] == (byte) 0xFF)
                || (file[0] == (byte) 0xFF && file[1] == (byte) 0xFE))) {
            throw new CsvImportRejectedException(List.of(new Problem(1, null,
                    "The file is UTF-16 encoded; save it as UTF-8 (in Excel: \"CSV UTF-8\")")));
        }
        int start = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        CharBuffer out = CharBuffer.allocate(file.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                if (file[i] == '\n') {
                    line++;
                }
            }
            throw new CsvImportRejectedException(List.of(new Problem(line, null, String.format(
                    "byte 0x%02X (byte %,d of the file) is not UTF-8: the file seems to be in another encoding such "
                            + "as Windows-1252; save it as UTF-8 (in Excel: \"CSV UTF-8\")", file[at] & 0xFF, at + 1))));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The parser counts the empty lines it skips into the next record's position: step over them. */
    private static long startOfContent(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static Preview refused(Problem problem) {
        return new Preview(List.of(), List.of(problem));
    }

    /** Line numbers (from 1) of character positions in the text. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int[] found = new int[1024];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        long lineOf(long position) {
            int index = Arrays.binarySearch(starts, (int) Math.max(position, 0));
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
