package org.policytracker.uptake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByCode(String code);

    List<ReportingPeriod> findAllByOrderByStartsOnDesc();
}
