package org.policytracker.uptake;

import java.util.List;
import java.util.stream.Collectors;

/** A report or review refused as a whole, with every reason found; nothing was written. */
public class ReportRejectedException extends RuntimeException {

    private final transient List<ReportViolation> violations;

    public ReportRejectedException(List<ReportViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public ReportRejectedException(ReportViolation violation) {
        this(List.of(violation));
    }

    public List<ReportViolation> violations() {
        return violations;
    }

    /** The most serious kind among the violations: not-yours beats a closed period beats a conflict beats a mistake. */
    public ReportViolation.Kind kind() {
        for (ReportViolation.Kind kind : List.of(ReportViolation.Kind.NOT_YOURS, ReportViolation.Kind.PERIOD_NOT_OPEN,
                ReportViolation.Kind.CONFLICT)) {
            if (violations.stream().anyMatch(v -> v.kind() == kind)) {
                return kind;
            }
        }
        return ReportViolation.Kind.INVALID;
    }
}
