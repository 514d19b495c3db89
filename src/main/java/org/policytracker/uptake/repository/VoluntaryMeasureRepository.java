package org.policytracker.uptake.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.order.ExecutiveOrder;
import org.policytracker.uptake.VoluntaryMeasure;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VoluntaryMeasureRepository extends JpaRepository<VoluntaryMeasure, Long> {

    Optional<VoluntaryMeasure> findByCode(String code);

    /** The measures of an order's directives in the order they were added. */
    @Query("select m from VoluntaryMeasure m where m.directive.order = :order order by m.id")
    List<VoluntaryMeasure> findByOrder(@Param("order") ExecutiveOrder order);

    /** Every measure with its sectors, directive and lead agency, by code. */
    @Query("select distinct m from VoluntaryMeasure m left join fetch m.sectors join fetch m.directive d "
            + "join fetch d.order join fetch d.leadAgency order by m.code")
    List<VoluntaryMeasure> findCatalogue();
}
