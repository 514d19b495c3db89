package org.policytracker.audit.repository;

import java.util.List;
import org.policytracker.audit.SignInEvent;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** The sign-in audit's rows; written and read only by {@link org.policytracker.audit.SignInAudit}. */
public interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    List<SignInEvent> findByOrderByOccurredAtDescIdDesc(Limit limit);

    List<SignInEvent> findByUsernameOrderByOccurredAtDescIdDesc(String username, Limit limit);
}
