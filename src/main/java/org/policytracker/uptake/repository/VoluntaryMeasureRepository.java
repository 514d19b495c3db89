package org.policytracker.uptake.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.uptake.VoluntaryMeasure;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VoluntaryMeasureRepository extends JpaRepository<VoluntaryMeasure, Long> {

    Optional<VoluntaryMeasure> findByCode(String code);

    /** Every measure with its sectors, directive and lead agency, by code. */
    @Query("select distinct m from VoluntaryMeasure m left join fetch m.sectors join fetch m.directive d "
            + "join fetch d.order join fetch d.leadAgency order by m.code")
    List<VoluntaryMeasure> findCatalogue();
}
