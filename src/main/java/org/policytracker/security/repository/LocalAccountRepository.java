package org.policytracker.security.repository;

import org.policytracker.security.LocalAccount;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalAccountRepository extends JpaRepository<LocalAccount, String> {
}
