package org.policytracker.uptake;

import java.util.List;

/** A CSV file refused as a whole: nothing of it was written. */
public class CsvImportRejectedException extends RuntimeException {

    private final transient List<ReportCsvImport.Problem> problems;

    public CsvImportRejectedException(List<ReportCsvImport.Problem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<ReportCsvImport.Problem> problems() {
        return problems;
    }
}
