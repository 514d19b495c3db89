package org.policytracker.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.policytracker.security.Invitation;
import org.policytracker.security.Invitee;
import org.policytracker.security.Person;
import org.policytracker.security.PersonNotFoundException;
import org.policytracker.security.PersonRefusedException;
import org.policytracker.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * People for administrators: list, invite (again), change role or organisation, deactivate, reactivate; the same rules and
 * history as the people page ({@link PeopleChanges}), refusals as problem JSON (400 with {@code errors}
 * naming the field, 403, 404).
 */
@RestController
@RequestMapping(path = "/api/v1/admin/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration: people")
class PeopleAdministrationApi {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final PeopleChanges people;

    PeopleAdministrationApi(PeopleChanges people) {
        this.people = people;
    }

    /** A person's new role and organisation. */
    record Assignment(Role role, String tenantId) {
    }

    @GetMapping
    @Operation(summary = "Everyone in the directory, deactivated people included")
    List<Person> everyone() {
        return people.everyone();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One person")
    Person person(@PathVariable String username) {
        return people.find(username);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invites a person", description = "role: PROGRAM_MANAGER, SECTOR_REPORTER, OVERSIGHT_VIEWER "
            + "or ADMIN. The answer holds the one-time initial password, shown only here: hand it to the person, who "
            + "must set their own password at first sign-in (with Keycloak, Keycloak also asks them to verify their "
            + "e-mail address).")
    @ApiResponse(responseCode = "201", description = "Invited")
    @ApiResponse(responseCode = "400", description = "Invalid or taken fields (problem JSON, `errors` names the field)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Invitation> invite(@RequestBody Invitee invitee) {
        Invitation invitation = people.invite(invitee);
        return ResponseEntity.created(URI.create("/api/v1/admin/people/" + invitation.person().username()))
                .body(invitation);
    }

    @PutMapping(path = "/{username}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Gives a person another role and organisation",
            description = "Their open sessions end at their next request; signing in again gives the new ones.")
    Person change(@PathVariable String username, @RequestBody Assignment assignment) {
        return people.change(username, assignment.role(), assignment.tenantId());
    }

    @PostMapping("/{username}/deactivation")
    @Operation(summary = "Deactivates a person", description = "They can no longer sign in and their open sessions "
            + "end at their next request; what they did stays attributed to them.")
    Person deactivate(@PathVariable String username) {
        return people.deactivate(username);
    }

    @PostMapping("/{username}/reactivation")
    @Operation(summary = "Reactivates a deactivated person", description = "They may sign in again, with the role "
            + "and organisation they had; refused while their organisation is deactivated.")
    Person reactivate(@PathVariable String username) {
        return people.reactivate(username);
    }

    @PostMapping("/{username}/invitation")
    @Operation(summary = "Invites an active person again", description = "A new one-time initial password, shown "
            + "only in this answer, replaces their password; they must set their own at their next sign-in (with "
            + "Keycloak, its required actions are set again).")
    Invitation reinvite(@PathVariable String username) {
        return people.reinvite(username);
    }

    @ExceptionHandler(PersonRefusedException.class)
    ProblemDetail refused(PersonRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle("Person refused");
        problem.setProperty("errors", Map.of(refused.field(), refused.getMessage()));
        return problem;
    }

    @ExceptionHandler(PersonNotFoundException.class)
    ProblemDetail notFound(PersonNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setTitle("No such person");
        return problem;
    }
}
