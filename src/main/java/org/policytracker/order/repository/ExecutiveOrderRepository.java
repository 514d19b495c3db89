package org.policytracker.order.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.order.ExecutiveOrder;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExecutiveOrderRepository extends JpaRepository<ExecutiveOrder, Long> {

    Optional<ExecutiveOrder> findByCode(String code);

    List<ExecutiveOrder> findAllByOrderBySignedOnDesc();
}
