package org.policytracker.audit.repository;

import java.util.List;
import org.policytracker.audit.AdministrationChange;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrationChangeRepository extends JpaRepository<AdministrationChange, Long> {

    List<AdministrationChange> findByOrderByOccurredAtDescIdDesc(Limit limit);

    List<AdministrationChange> findBySubjectTypeAndSubjectKeyOrderByOccurredAtDescIdDesc(String subjectType,
            String subjectKey, Limit limit);
}
