package org.policytracker.uptake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measures, sectors and periods a report may name, and the sectors the signed-in association
 * covers, loaded once so that a single report and a 100,000-row file are checked by the same rules
 * without a query per row.
 */
public final class ReportingCatalogue {

    public static final int MAX_NOTE_LENGTH = 10_000;
    /** The columns' lengths (report_evidence_link.label, .url). */
    public static final int MAX_LABEL_LENGTH = 300;
    public static final int MAX_URL_LENGTH = 2000;
    /** Evidence links per report: plenty for real evidence, and a bound on one request's work. */
    public static final int MAX_EVIDENCE_LINKS = 50;

    private final Map<String, VoluntaryMeasure> measures;
    private final Map<String, Sector> sectors;
    private final Map<String, ReportingPeriod> periods;
    private final Set<String> coveredSectors;
    private final EligibleSectors eligibleSectors;

    ReportingCatalogue(List<VoluntaryMeasure> measures, List<Sector> sectors, List<ReportingPeriod> periods,
            List<Sector> covered, EligibleSectors eligibleSectors) {
        this.measures = measures.stream().collect(Collectors.toMap(VoluntaryMeasure::getCode, Function.identity()));
        this.sectors = sectors.stream().collect(Collectors.toMap(Sector::getId, Function.identity()));
        this.periods = periods.stream().collect(Collectors.toMap(ReportingPeriod::getCode, Function.identity()));
        this.coveredSectors = covered.stream().map(Sector::getId).collect(Collectors.toUnmodifiableSet());
        this.eligibleSectors = eligibleSectors;
    }

    VoluntaryMeasure measure(String code) {
        return measures.get(code);
    }

    Sector sector(String id) {
        return sectors.get(id);
    }

    ReportingPeriod period(String code) {
        return periods.get(code);
    }

    /** Every rule a report must meet before it is written; an empty list means it may be written. */
    List<ReportViolation> check(ReportInput input) {
        if (input.evidenceLinks().size() > MAX_EVIDENCE_LINKS) {
            // refused before anything else is looked at: no work in proportion to the list
            return List.of(ReportViolation.invalid("evidenceLinks", "has " + input.evidenceLinks().size()
                    + " links; a report takes at most " + MAX_EVIDENCE_LINKS));
        }
        List<ReportViolation> found = new ArrayList<>();
        checkReferences(input, found);
        checkCounts(input, found);
        if (input.evidenceNote() != null && input.evidenceNote().length() > MAX_NOTE_LENGTH) {
            found.add(ReportViolation.invalid("evidenceNote", "is longer than " + MAX_NOTE_LENGTH + " characters"));
        }
        for (int i = 0; i < input.evidenceLinks().size(); i++) {
            checkLink("evidenceLinks[" + i + "]", input.evidenceLinks().get(i), found);
        }
        return found;
    }

    private void checkReferences(ReportInput input, List<ReportViolation> found) {
        VoluntaryMeasure measure = null;
        if (blank(input.measure())) {
            found.add(ReportViolation.invalid("measure", "is required (a measure code such as those of /api/v1/measures)"));
        } else {
            measure = measures.get(input.measure());
            if (measure == null) {
                found.add(ReportViolation.invalid("measure", "unknown measure '" + input.measure() + "'"));
            }
        }
        if (blank(input.sector())) {
            found.add(ReportViolation.invalid("sector", "is required (a sector id)"));
        } else if (!sectors.containsKey(input.sector())) {
            found.add(ReportViolation.invalid("sector", "unknown sector '" + input.sector() + "'"));
        } else if (!coveredSectors.contains(input.sector())) {
            found.add(new ReportViolation("sector", "your association does not report for sector '" + input.sector()
                    + "' (it reports for " + String.join(", ", coveredSectors.stream().sorted().toList()) + ")",
                    ReportViolation.Kind.NOT_YOURS));
        } else if (measure != null && !eligibleSectors.of(measure, blank(input.period()) ? null
                : periods.get(input.period())).contains(input.sector())) {
            found.add(ReportViolation.invalid("sector", "measure '" + measure.getCode() + "' does not apply to sector '"
                    + input.sector() + "'" + (blank(input.period()) ? "" : " in period " + input.period())));
        }
        if (blank(input.period())) {
            found.add(ReportViolation.invalid("period", "is required (a period code such as 2026-Q4)"));
        } else {
            ReportingPeriod period = periods.get(input.period());
            if (period == null) {
                found.add(ReportViolation.invalid("period", "unknown reporting period '" + input.period() + "'"));
            } else if (period.getStatus() != PeriodStatus.OPEN) {
                found.add(new ReportViolation("period", "reporting period " + period.getCode() + " is "
                        + period.getStatus().name().toLowerCase() + " and takes no reports",
                        ReportViolation.Kind.PERIOD_NOT_OPEN));
            }
        }
    }

    private static void checkCounts(ReportInput input, List<ReportViolation> found) {
        boolean eligible = checkCount("eligibleCount", input.eligibleCount(), found);
        boolean participating = checkCount("participatingCount", input.participatingCount(), found);
        boolean verified = checkCount("verifiedCount", input.verifiedCount(), found);
        if (eligible && participating && input.participatingCount() > input.eligibleCount()) {
            found.add(ReportViolation.invalid("participatingCount", "is " + input.participatingCount()
                    + ", more than the eligible count " + input.eligibleCount()));
        }
        if (participating && verified && input.verifiedCount() > input.participatingCount()) {
            found.add(ReportViolation.invalid("verifiedCount", "is " + input.verifiedCount()
                    + ", more than the participating count " + input.participatingCount()));
        }
    }

    private static boolean checkCount(String field, Integer value, List<ReportViolation> found) {
        if (value == null) {
            found.add(ReportViolation.invalid(field, "is required (a whole number, 0 or more)"));
            return false;
        }
        if (value < 0) {
            found.add(ReportViolation.invalid(field, "is " + value + "; counts cannot be negative"));
            return false;
        }
        return true;
    }

    private static void checkLink(String field, EvidenceLink link, List<ReportViolation> found) {
        if (link == null) {
            found.add(ReportViolation.invalid(field, "is empty"));
            return;
        }
        if (blank(link.label())) {
            found.add(ReportViolation.invalid(field + ".label", "is required"));
        } else if (link.label().length() > MAX_LABEL_LENGTH) {
            found.add(ReportViolation.invalid(field + ".label", "is longer than " + MAX_LABEL_LENGTH + " characters"));
        }
        if (blank(link.url())) {
            found.add(ReportViolation.invalid(field + ".url", "is required"));
        } else if (link.url().length() > MAX_URL_LENGTH || !isWebAddress(link.url())) {
            found.add(ReportViolation.invalid(field + ".url", "is not an http or https address of at most "
                    + MAX_URL_LENGTH + " characters"));
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
