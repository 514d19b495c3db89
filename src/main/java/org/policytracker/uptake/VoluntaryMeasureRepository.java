package org.policytracker.uptake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoluntaryMeasureRepository extends JpaRepository<VoluntaryMeasure, Long> {

    Optional<VoluntaryMeasure> findByCode(String code);
}
