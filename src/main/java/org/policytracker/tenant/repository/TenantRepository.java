package org.policytracker.tenant.repository;

import java.util.List;
import org.policytracker.tenant.Tenant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRepository extends JpaRepository<Tenant, String> {

    List<Tenant> findAllByOrderByKindAscNameAsc();

    boolean existsByIdAndActiveTrue(String id);
}
