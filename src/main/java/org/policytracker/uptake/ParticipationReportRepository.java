package org.policytracker.uptake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Participation reports of the current tenant (filtered by Hibernate's tenant id). */
public interface ParticipationReportRepository extends JpaRepository<ParticipationReport, Long> {

    @Query("select r from ParticipationReport r join fetch r.measure join fetch r.sector join fetch r.period "
            + "order by r.period.startsOn desc, r.measure.code, r.sector.name, r.revision desc")
    List<ParticipationReport> findAllForListing();

    Optional<ParticipationReport> findByMeasureAndSectorAndPeriodAndRevision(VoluntaryMeasure measure, Sector sector,
            ReportingPeriod period, int revision);
}
