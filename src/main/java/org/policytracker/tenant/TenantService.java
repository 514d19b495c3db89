package org.policytracker.tenant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.policytracker.security.KnownTenants;
import org.policytracker.tenant.repository.TenantRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of this deployment. */
@Service
public class TenantService implements KnownTenants {

    /**
     * How long an answer of {@link #admits} is reused: it is asked on every request of a signed-in
     * session, and a page must not wait on the database for it. A change made here is seen at once;
     * one made by another instance of the application within this time.
     */
    static final Duration ADMISSION_REUSED_FOR = Duration.ofSeconds(30);

    /** {@code checkedAt}: System.nanoTime(), elapsed real time, since the application's clock may be fixed. */
    private record Admission(boolean admitted, long checkedAt) {
    }

    private final TenantRepository tenants;
    private final Map<String, Admission> admissions = new ConcurrentHashMap<>();

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
    public boolean admits(String tenantId) {
        long now = System.nanoTime();
        Admission known = admissions.get(tenantId);
        if (known != null && now - known.checkedAt() < ADMISSION_REUSED_FOR.toNanos()) {
            return known.admitted();
        }
        boolean admitted = tenants.existsByIdAndActiveTrue(tenantId);
        admissions.put(tenantId, new Admission(admitted, now));
        return admitted;
    }

    /** Forgets the reused answer for a tenant whose active state just changed. */
    void forget(String tenantId) {
        admissions.remove(tenantId);
    }
}
