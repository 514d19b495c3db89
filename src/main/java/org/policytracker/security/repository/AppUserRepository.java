package org.policytracker.security.repository;

import java.util.List;
import org.policytracker.security.AppUser;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, String> {

    List<AppUser> findByTenantIdOrderByDisplayName(String tenantId);
}
