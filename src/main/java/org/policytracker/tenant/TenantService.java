package org.policytracker.tenant;

import java.util.List;
import java.util.Optional;
import org.policytracker.security.KnownTenants;
import org.policytracker.tenant.repository.TenantRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of this deployment. */
@Service
public class TenantService implements KnownTenants {

    private final TenantRepository tenants;

    TenantService(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return tenants.findAllByOrderByKindAscNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> find(String id) {
        return tenants.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String tenantId) {
        return tenants.existsById(tenantId);
    }
}
