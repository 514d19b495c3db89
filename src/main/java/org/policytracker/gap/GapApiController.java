package org.policytracker.gap;

import java.time.LocalDate;
import java.util.List;
import org.policytracker.gap.MetricDefinitions.Definition;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Read API of the gap metrics under /api/v1/gaps (JSON; the dashboard also as CSV). Aggregates for
 * every signed-in user; the task and report rows behind them for oversight viewers and administrators.
 * Filters are the dashboard's: order, directive, sector, agency, period (ids), plus asOf (a date).
 */
@RestController
@RequestMapping("/api/v1/gaps")
class GapApiController {

    private final GapMetricsService metrics;
    private final GapExport export;

    GapApiController(GapMetricsService metrics, GapExport export) {
        this.metrics = metrics;
        this.export = export;
    }

    @GetMapping
    GapDashboard dashboard(@RequestParam(required = false) Long order, @RequestParam(required = false) Long directive,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String agency,
            @RequestParam(required = false) Long period, @RequestParam(required = false) LocalDate asOf) {
        return metrics.dashboard(new GapFilter(order, directive, sector, agency, period), asOf(asOf));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Long order, @RequestParam(required = false) Long directive,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String agency,
            @RequestParam(required = false) Long period, @RequestParam(required = false) LocalDate asOf) {
        GapDashboard dashboard = dashboard(order, directive, sector, agency, period, asOf);
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

    private LocalDate asOf(LocalDate asOf) {
        return asOf == null ? metrics.today() : asOf;
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        String detail = e instanceof MethodArgumentTypeMismatchException mismatch
                ? "Parameter '" + mismatch.getName() + "' is not a valid " + mismatch.getRequiredType().getSimpleName()
                : e.getMessage();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
