package org.policytracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.uptake.MeasureRow;
import org.policytracker.uptake.PeriodRow;
import org.policytracker.uptake.ReportInput;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportingService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Participation reporting for integrating systems of sector associations: the measures catalogue,
 * the reporting periods, the association's reports, and submissions (first reports and
 * corrections), safe to retry with an Idempotency-Key.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Participation reporting")
class ReportingApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ReportingService reporting;
    private final IdempotentSubmissions submissions;
    private final CurrentUser currentUser;

    ReportingApiController(ReportingService reporting, IdempotentSubmissions submissions, CurrentUser currentUser) {
        this.reporting = reporting;
        this.submissions = submissions;
        this.currentUser = currentUser;
    }

    @GetMapping("/measures")
    @Operation(summary = "The voluntary measures catalogue: adoption definition, eligible population, target, sectors")
    List<MeasureRow> measures() {
        return reporting.measureCatalogue();
    }

    @GetMapping("/periods")
    @Operation(summary = "Reporting periods (quarters), newest first; only OPEN periods take reports")
    List<PeriodRow> periods() {
        return reporting.periodRows();
    }

    @GetMapping("/reports")
    @Operation(summary = "Every revision of the association's reports, optionally for one period, measure or sector",
            description = "Sector reporters only. Newest period first, then by measure and sector, latest revision first.")
    List<ReportRow> reports(@RequestParam(required = false) String period, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String sector) {
        requireReporter();
        return reporting.myReports().stream()
                .filter(r -> period == null || r.periodCode().equals(period))
                .filter(r -> measure == null || r.measureCode().equals(measure))
                .filter(r -> sector == null || r.sectorId().equals(sector))
                .toList();
    }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a participation report, or a correction (a new revision that supersedes the latest)",
            description = "Counts must satisfy 0 <= verifiedCount <= participatingCount <= eligibleCount; the period must "
                    + "be open and the sector covered by the association. With an Idempotency-Key, a retried request "
                    + "with the same body gets the first answer again (header Idempotent-Replayed: true) and creates "
                    + "no second revision; the same key with a different body is refused with 422.")
    @ApiResponse(responseCode = "201", description = "Submitted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportRow.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields (problem JSON, `errors` names each field)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not a sector reporter, or a sector the association does not report for",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The reporting period is not open, or a concurrent change",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key already used with a different body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<String> submit(
            @Parameter(description = "A unique key per submission (e.g. a UUID) that makes retries safe")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody ReportInput report) {
        requireReporter();
        IdempotentSubmissions.Answer answer = idempotencyKey == null ? submissions.submit(report)
                : submissions.submit(idempotencyKey, report);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .location(URI.create("/api/v1/reports/" + answer.reportId()))
                .contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(answer.body());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One revision of the association's reports")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportRow.class)))
    ReportRow report(@PathVariable long id) {
        requireReporter();
        return reporting.myReport(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Your association has no participation report " + id));
    }

    private void requireReporter() {
        if (!currentUser.hasAnyRole(Role.SECTOR_REPORTER)) {
            throw new AccessDeniedException("Only sector reporters read and submit participation reports");
        }
    }
}
