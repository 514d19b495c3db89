package org.policytracker.uptake.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.uptake.MeasureTerms;
import org.policytracker.uptake.ReportingPeriod;
import org.policytracker.uptake.VoluntaryMeasure;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureTermsRepository extends JpaRepository<MeasureTerms, Long> {

    /** A measure's changes of terms, in the order they take effect. */
    @Query("select t from MeasureTerms t join fetch t.fromPeriod p left join fetch t.sectors "
            + "where t.measure = :measure order by p.startsOn")
    List<MeasureTerms> findByMeasureInOrder(VoluntaryMeasure measure);

    /** Every change of terms with its measure, period and sectors, for the reporting rules. */
    @Query("select distinct t from MeasureTerms t join fetch t.measure join fetch t.fromPeriod left join fetch t.sectors")
    List<MeasureTerms> findAllForReporting();

    Optional<MeasureTerms> findByMeasureAndFromPeriod(VoluntaryMeasure measure, ReportingPeriod fromPeriod);

    List<MeasureTerms> findByMeasure(VoluntaryMeasure measure);

    boolean existsByFromPeriod(ReportingPeriod fromPeriod);
}
