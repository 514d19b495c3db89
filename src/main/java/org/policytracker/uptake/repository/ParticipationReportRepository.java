package org.policytracker.uptake.repository;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policytracker.uptake.ParticipationReport;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportingPeriod;
import org.policytracker.uptake.ReviewTarget;
import org.policytracker.uptake.Sector;
import org.policytracker.uptake.VoluntaryMeasure;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Participation reports of the current tenant (filtered by Hibernate's tenant id); the review
 * queries run only inside {@link ReportReviewService}'s explicit cross-tenant path.
 */
public interface ParticipationReportRepository extends JpaRepository<ParticipationReport, Long> {

    @Query("select r from ParticipationReport r join fetch r.measure join fetch r.sector join fetch r.period "
            + "left join fetch r.evidenceLinks "
            + "order by r.period.startsOn desc, r.measure.code, r.sector.name, r.revision desc")
    List<ParticipationReport> findAllForListing();

    /** The ids of one page of the listing, in the page's order (its sort names paths of a report, e.g. period.startsOn). */
    @Query("select r.id from ParticipationReport r")
    List<Long> findIdsForListing(Pageable page);

    /** The reports of a page of ids, with what a listing shows; in no particular order. */
    @Query("select distinct r from ParticipationReport r join fetch r.measure join fetch r.sector join fetch r.period "
            + "left join fetch r.evidenceLinks where r.id in :ids")
    List<ParticipationReport> findForListing(@Param("ids") Collection<Long> ids);

    /** Whether the tenant in scope has any report of this measure and sector, in any period. */
    boolean existsByMeasureAndSector(VoluntaryMeasure measure, Sector sector);

    Optional<ParticipationReport> findFirstByMeasureAndSectorAndPeriodOrderByRevisionDesc(VoluntaryMeasure measure,
            Sector sector, ReportingPeriod period);

    /** Every revision in the given periods, to find the latest of each report without a query per row. */
    @Query("select r from ParticipationReport r join fetch r.measure join fetch r.sector join fetch r.period "
            + "where r.period in :periods")
    List<ParticipationReport> findAllInPeriods(@Param("periods") Collection<ReportingPeriod> periods);

    /** The revision history of one report, newest first. */
    @Query("select r from ParticipationReport r join fetch r.measure m join fetch r.sector s join fetch r.period p "
            + "left join fetch r.evidenceLinks "
            + "where m.code = :measure and s.id = :sector and p.code = :period order by r.revision desc")
    List<ParticipationReport> findHistory(@Param("measure") String measure, @Param("sector") String sector,
            @Param("period") String period);

    /**
     * Submitted revisions waiting for review, of measures whose directive the given agency leads
     * (every lead agency when {@code leadAgency} is null, for administrators).
     */
    @Query("select r from ParticipationReport r join fetch r.measure m join fetch m.directive d "
            + "join fetch r.sector join fetch r.period p left join fetch r.evidenceLinks "
            + "where r.status = org.policytracker.uptake.ReportStatus.SUBMITTED "
            + "and (:leadAgency is null or d.leadAgency.id = :leadAgency) "
            + "order by r.submittedAt, r.id")
    List<ParticipationReport> findAwaitingReview(@Param("leadAgency") String leadAgency);

    /** Revisions accepted or sent back in a time window, oldest decision first. */
    @Query("select r from ParticipationReport r join fetch r.measure m join fetch m.directive d "
            + "join fetch r.sector join fetch r.period p "
            + "where r.status in (org.policytracker.uptake.ReportStatus.ACCEPTED, org.policytracker.uptake.ReportStatus.RETURNED) "
            + "and r.reviewedAt >= :from and r.reviewedAt < :to order by r.reviewedAt, r.id")
    List<ParticipationReport> findReviewedBetween(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Revisions decided (accepted or sent back, and possibly superseded since) from the given instant on,
     * of measures whose directive the given agency leads (every lead agency when {@code leadAgency} is
     * null), newest decision first. Undoing a decision clears its time, so undone ones are not among them.
     */
    @Query("select r from ParticipationReport r join fetch r.measure m join fetch m.directive d "
            + "join fetch r.sector join fetch r.period p left join fetch r.evidenceLinks "
            + "where r.reviewedAt >= :since and (:leadAgency is null or d.leadAgency.id = :leadAgency) "
            + "order by r.reviewedAt desc, r.id desc")
    List<ParticipationReport> findDecidedSince(@Param("leadAgency") String leadAgency, @Param("since") Instant since);

    /** Those of the given revisions that a later revision (a draft included) replaces or will replace. */
    @Query("select r.supersedes.id from ParticipationReport r where r.supersedes.id in :ids")
    List<Long> findCorrected(@Param("ids") Collection<Long> ids);

    /** The revision that replaces (or, as a draft, will replace) the given one, if the association started one. */
    Optional<ParticipationReport> findFirstBySupersedes(ParticipationReport replaced);

    /**
     * The decision each of the given revisions had before it was superseded (a superseded revision keeps
     * who decided, when and why, but its status says only SUPERSEDED): the status of its latest audited
     * state that was not superseded, when that was ACCEPTED or RETURNED.
     */
    @Query(value = "select a.id as id, a.status as status from participation_report_aud a "
            + "where a.id in (:ids) and a.status in ('ACCEPTED', 'RETURNED') and a.rev = (select max(b.rev) "
            + "from participation_report_aud b where b.id = a.id and b.status <> 'SUPERSEDED')", nativeQuery = true)
    List<AuditedDecision> findDecisionsBeforeSuperseded(@Param("ids") Collection<Long> ids);

    /** A revision's decision as its audit trail recorded it. */
    interface AuditedDecision {
        Long getId();

        String getStatus();
    }

    /** Which association owns a report and which agency leads its measure's directive. */
    @Query("select new org.policytracker.uptake.ReviewTarget(r.id, r.tenantId, d.leadAgency.id) "
            + "from ParticipationReport r join r.measure m join m.directive d where r.id = :id")
    Optional<ReviewTarget> findReviewTarget(@Param("id") long id);
}
