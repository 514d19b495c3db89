package org.policytracker.uptake;

import java.time.Instant;
import java.util.List;

/** One revision of a participation report as lists, the review queue and the API show it. */
public record ReportRow(long id, String association, String periodCode, String measureCode, String measureTitle,
        String sectorId, String sectorName, int revision, Long supersedesId, int eligibleCount,
        int participatingCount, int verifiedCount, String evidenceNote, List<EvidenceLink> evidenceLinks,
        ReportStatus status, String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
        String reviewNote, String createdBy, Instant createdAt) {

    static ReportRow of(ParticipationReport report) {
        return new ReportRow(report.getId(), report.getTenantId(), report.getPeriod().getCode(),
                report.getMeasure().getCode(), report.getMeasure().getTitle(), report.getSector().getId(),
                report.getSector().getName(), report.getRevision(),
                report.getSupersedes() == null ? null : report.getSupersedes().getId(), report.getEligibleCount(),
                report.getParticipatingCount(), report.getVerifiedCount(), report.getEvidenceNote(),
                report.getEvidenceLinks().stream().map(link -> new EvidenceLink(link.getLabel(), link.getUrl())).toList(),
                report.getStatus(), report.getSubmittedBy(), report.getSubmittedAt(), report.getReviewedBy(),
                report.getReviewedAt(), report.getReviewNote(), report.getCreatedBy(), report.getCreatedAt());
    }
}
