package org.policytracker.order.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.order.Directive;
import org.policytracker.order.ExecutiveOrder;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

    List<Directive> findByOrderOrderByPositionAscCodeAsc(ExecutiveOrder order);

    Optional<Directive> findByOrderAndCode(ExecutiveOrder order, String code);

    @Query("select d from Directive d join fetch d.order join fetch d.leadAgency order by d.order.code, d.position, d.code")
    List<Directive> findAllWithOrderAndLead();
}
