package org.policytracker.tenant;

import java.util.List;
import org.policytracker.tenant.OrganisationAdministration.OrganisationInput;
import org.policytracker.tenant.OrganisationAdministration.OrganisationState;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations over the REST API, for administrators (the service checks the role): create, rename,
 * deactivate, reactivate; a refusal is problem JSON naming the field ({@link AdministrativeChangeRefused}).
 * The sectors an association covers: uptake's catalogue administration.
 */
@RestController
class OrganisationAdministrationApiController {

    private final OrganisationAdministration organisations;

    OrganisationAdministrationApiController(OrganisationAdministration organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/admin/organisations")
    List<OrganisationState> all() {
        return organisations.all();
    }

    @PostMapping("/api/v1/admin/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationState create(@RequestBody OrganisationInput input) {
        return organisations.create(input);
    }

    @PutMapping("/api/v1/admin/organisations/{id}")
    OrganisationState rename(@PathVariable String id, @RequestBody OrganisationInput input) {
        return organisations.rename(id, input);
    }

    @PostMapping("/api/v1/admin/organisations/{id}/deactivate")
    OrganisationState deactivate(@PathVariable String id) {
        return organisations.deactivate(id);
    }

    @PostMapping("/api/v1/admin/organisations/{id}/reactivate")
    OrganisationState reactivate(@PathVariable String id) {
        return organisations.reactivate(id);
    }
}
