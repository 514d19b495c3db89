package org.policytracker.tenant;

import java.util.List;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.TenantUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisations of the deployment over the REST API: every caller may read its own; oversight
 * viewers and administrators may read all of them.
 */
@RestController
class TenantApiController {

    private final TenantService tenants;
    private final CurrentUser currentUser;

    TenantApiController(TenantService tenants, CurrentUser currentUser) {
        this.tenants = tenants;
        this.currentUser = currentUser;
    }

    record TenantJson(String id, TenantKind kind, String name) {
        static TenantJson of(Tenant tenant) {
            return new TenantJson(tenant.getId(), tenant.getKind(), tenant.getName());
        }
    }

    @GetMapping("/api/v1/tenants")
    List<TenantJson> all() {
        if (!currentUser.require().readsAcrossTenants()) {
            throw new AccessDeniedException("Only oversight viewers and administrators list all organisations");
        }
        return tenants.all().stream().map(TenantJson::of).toList();
    }

    @GetMapping("/api/v1/tenants/{id}")
    TenantJson one(@PathVariable String id) {
        TenantUser user = currentUser.require();
        if (!id.equals(user.tenantId()) && !user.readsAcrossTenants()) {
            throw new AccessDeniedException("Another organisation's record");
        }
        return tenants.find(id).map(TenantJson::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + id));
    }
}
