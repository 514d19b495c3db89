package org.policytracker.uptake.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.uptake.ReportingPeriod;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByCode(String code);

    List<ReportingPeriod> findAllByOrderByStartsOnDesc();

    List<ReportingPeriod> findAllByOrderByStartsOnAscCodeAsc();
}
