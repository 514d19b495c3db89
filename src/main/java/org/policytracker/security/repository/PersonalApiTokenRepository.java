package org.policytracker.security.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.security.PersonalApiToken;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalApiTokenRepository extends JpaRepository<PersonalApiToken, Long> {

    Optional<PersonalApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<PersonalApiToken> findByUsernameOrderByCreatedAtDescIdDesc(String username);
}
