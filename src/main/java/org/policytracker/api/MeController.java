package org.policytracker.api;

import java.util.List;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API sees: lets an integrating system check its credentials, role and tenant. */
@RestController
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String username, String displayName, String tenant, List<String> roles) {
    }

    @GetMapping("/api/v1/me")
    Me me() {
        TenantUser user = currentUser.require();
        return new Me(user.username(), user.displayName(), user.tenantId(),
                user.roles().stream().map(Role::name).sorted().toList());
    }
}
