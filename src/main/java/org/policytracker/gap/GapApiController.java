package org.policytracker.gap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.gap.MetricDefinitions.Definition;
import org.policytracker.gap.query.InvalidFilterException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API of the gap metrics under /api/v1/gaps (JSON; the dashboard also as CSV). Aggregates for
 * every signed-in user; the task and report rows behind them for oversight viewers and administrators.
 * Filters are the dashboard's: order, directive, sector, agency, period, version (ids), plus asOf (a date).
 */
@RestController
@RequestMapping("/api/v1/gaps")
class GapApiController {

    /** The range of asOf dates: the figures are about executive orders of this century (and the database's dates). */
    static final LocalDate EARLIEST_AS_OF = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_AS_OF = LocalDate.of(2999, 12, 31);

    private static final String VERSION = "An order version's id (see /options/versions): only the directives that "
            + "version of the order's text added or changed. 400 when no such version exists or it is a version of "
            + "another order than the one given.";

    private final GapMetricsService metrics;
    private final GapExport export;

    GapApiController(GapMetricsService metrics, GapExport export) {
        this.metrics = metrics;
        this.export = export;
    }

    /**
     * The dashboard with its entity tag: a client (or its cache) that sends the tag back in If-None-Match
     * gets 304 Not Modified until a figure may have changed. Private: the figures are for signed-in users,
     * so shared caches must not answer others with them; no-cache: revalidate every time (cheap with the tag).
     */
    @GetMapping
    ResponseEntity<GapDashboard> dashboard(@RequestParam(required = false) Long order,
            @RequestParam(required = false) Long directive, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String agency, @RequestParam(required = false) Long period,
            @Parameter(description = VERSION) @RequestParam(required = false) Long version,
            @RequestParam(required = false) LocalDate asOf) {
        GapMetricsService.VersionedDashboard versioned = metrics.versioned(
                new GapFilter(order, directive, sector, agency, period, version), asOf(asOf));
        return ResponseEntity.ok().eTag(versioned.version()).cacheControl(CacheControl.noCache().cachePrivate())
                .body(versioned.dashboard());
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Long order, @RequestParam(required = false) Long directive,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String agency,
            @RequestParam(required = false) Long period,
            @Parameter(description = VERSION) @RequestParam(required = false) Long version,
            @RequestParam(required = false) LocalDate asOf) {
        GapDashboard dashboard = metrics.dashboard(new GapFilter(order, directive, sector, agency, period, version),
                asOf(asOf));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + GapExport.fileName(dashboard, "csv") + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(export.csv(dashboard));
    }

    @GetMapping("/directives/{id}/agencies")
    List<AgencyExecution> agencies(@PathVariable long id, @RequestParam(required = false) String agency,
            @RequestParam(required = false) LocalDate asOf) {
        return metrics.agencies(id, GapFilter.ALL.withAgency(agency), asOf(asOf));
    }

    @GetMapping("/directives/{id}/tasks")
    List<GapTaskRow> tasks(@PathVariable long id, @RequestParam(required = false) String agency,
            @RequestParam(required = false) LocalDate asOf) {
        return metrics.tasks(id, agency, asOf(asOf));
    }

    @GetMapping("/measures/{id}/reports")
    List<GapReportRow> reports(@PathVariable long id, @RequestParam(required = false) String sector,
            @RequestParam long period) {
        return metrics.reports(id, sector, period);
    }

    @GetMapping("/definitions")
    List<Definition> definitions() {
        return MetricDefinitions.ALL;
    }

    @GetMapping("/options")
    FilterOptions options() {
        return metrics.options();
    }

    @Operation(summary = "The versions of an order's text (draft, signed, amended): the choices of the version filter")
    @GetMapping("/options/versions")
    List<FilterOptions.Option> versions(@RequestParam long order) {
        return metrics.versions(order);
    }

    /** The date the figures are for: today, or a given date within {@link #EARLIEST_AS_OF}..{@link #LATEST_AS_OF}. */
    private LocalDate asOf(LocalDate asOf) {
        if (asOf != null && (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF))) {
            throw new InvalidFilterException("Parameter 'asOf' must be a date from " + EARLIEST_AS_OF + " to "
                    + LATEST_AS_OF + ".");
        }
        return asOf == null ? metrics.today() : asOf;
    }

    // Only this exception: a handler for every IllegalArgumentException would also take parameters
    // of the wrong type (their cause is a NumberFormatException), which the API's common problem
    // handler answers, naming the parameter and what it must be.
    @ExceptionHandler(InvalidFilterException.class)
    ResponseEntity<ProblemDetail> badRequest(InvalidFilterException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
