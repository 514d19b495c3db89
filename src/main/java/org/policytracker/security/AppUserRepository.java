package org.policytracker.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, String> {

    List<AppUser> findByTenantIdOrderByDisplayName(String tenantId);
}
