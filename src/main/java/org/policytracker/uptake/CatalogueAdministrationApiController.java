package org.policytracker.uptake;

import java.util.List;
import java.util.Set;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.uptake.MeasureAdministration.MeasureInput;
import org.policytracker.uptake.MeasureAdministration.MeasureState;
import org.policytracker.uptake.PeriodAdministration.PeriodInput;
import org.policytracker.uptake.PeriodAdministration.ScheduleInput;
import org.policytracker.uptake.SectorAdministration.SectorInput;
import org.policytracker.uptake.SectorAdministration.SectorState;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sectors, voluntary measures (with their terms from a period on), the sectors an association covers
 * and reporting periods over the REST API, for administrators (the services check the role); a
 * refusal is problem JSON naming the field ({@link AdministrativeChangeRefused}).
 */
@RestController
class CatalogueAdministrationApiController {

    private final SectorAdministration sectors;
    private final MeasureAdministration measures;
    private final PeriodAdministration periods;
    private final ReportingPeriodService periodStatus;

    CatalogueAdministrationApiController(SectorAdministration sectors, MeasureAdministration measures,
            PeriodAdministration periods, ReportingPeriodService periodStatus) {
        this.sectors = sectors;
        this.measures = measures;
        this.periods = periods;
        this.periodStatus = periodStatus;
    }

    @GetMapping("/api/v1/admin/sectors")
    List<SectorState> sectors() {
        return sectors.all();
    }

    @PostMapping("/api/v1/admin/sectors")
    @ResponseStatus(HttpStatus.CREATED)
    SectorState createSector(@RequestBody SectorInput input) {
        return sectors.create(input);
    }

    @PutMapping("/api/v1/admin/sectors/{id}")
    SectorState editSector(@PathVariable String id, @RequestBody SectorInput input) {
        return sectors.edit(id, input);
    }

    record Coverage(Set<String> sectors) {
    }

    @GetMapping("/api/v1/admin/organisations/{id}/sectors")
    Coverage coverage(@PathVariable String id) {
        return new Coverage(sectors.coveredBy(id));
    }

    @PutMapping("/api/v1/admin/organisations/{id}/sectors")
    Coverage cover(@PathVariable String id, @RequestBody Coverage coverage) {
        return new Coverage(sectors.cover(id, coverage.sectors() == null ? Set.of() : coverage.sectors()));
    }

    @GetMapping("/api/v1/admin/measures")
    List<MeasureState> measures() {
        return measures.all();
    }

    @GetMapping("/api/v1/admin/measures/{code}")
    MeasureState measure(@PathVariable String code) {
        return measures.get(code);
    }

    @PostMapping("/api/v1/admin/measures")
    @ResponseStatus(HttpStatus.CREATED)
    MeasureState createMeasure(@RequestBody MeasureInput input) {
        return measures.create(input);
    }

    @PutMapping("/api/v1/admin/measures/{code}")
    MeasureState editMeasure(@PathVariable String code, @RequestBody MeasureInput input) {
        return measures.edit(code, input);
    }

    @DeleteMapping("/api/v1/admin/measures/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteMeasure(@PathVariable String code) {
        measures.delete(code);
    }

    @GetMapping("/api/v1/admin/periods")
    List<PeriodRow> periods() {
        return periods.all();
    }

    @PostMapping("/api/v1/admin/periods")
    @ResponseStatus(HttpStatus.CREATED)
    PeriodRow createPeriod(@RequestBody PeriodInput input) {
        return periods.create(input);
    }

    @PostMapping("/api/v1/admin/periods/schedule")
    @ResponseStatus(HttpStatus.CREATED)
    List<PeriodRow> schedule(@RequestBody ScheduleInput input) {
        return periods.schedule(input);
    }

    record StatusChange(PeriodStatus status) {
    }

    @PutMapping("/api/v1/admin/periods/{code}/status")
    PeriodRow setStatus(@PathVariable String code, @RequestBody StatusChange change) {
        return periodStatus.setStatus(code, change.status());
    }

    @DeleteMapping("/api/v1/admin/periods/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePeriod(@PathVariable String code) {
        periods.delete(code);
    }
}
