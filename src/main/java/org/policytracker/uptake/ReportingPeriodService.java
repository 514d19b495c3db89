package org.policytracker.uptake;

import java.time.LocalDate;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.uptake.repository.ReportingPeriodRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators open a planned reporting period for reports and close it when reporting is over. */
@Service
public class ReportingPeriodService {

    private final ReportingPeriodRepository periods;
    private final CurrentUser currentUser;
    private final AdministrationHistory history;

    ReportingPeriodService(ReportingPeriodRepository periods, CurrentUser currentUser, AdministrationHistory history) {
        this.periods = periods;
        this.currentUser = currentUser;
        this.history = history;
    }

    /**
     * The quarterly reporting period that contains the day, created with the given status if it does
     * not exist yet (a system job's step, e.g. the demo data or a test's calendar: no role check).
     */
    @Transactional
    public PeriodRow ensureQuarter(LocalDate day, PeriodStatus statusIfNew) {
        ReportingPeriod quarter = ReportingPeriod.quarterOf(day, statusIfNew);
        return PeriodRow.of(periods.findByCode(quarter.getCode()).orElseGet(() -> periods.save(quarter)));
    }

    /** Opens a planned or closed period (reopening lets late corrections in), or closes an open one. */
    @Transactional
    public PeriodRow setStatus(String code, PeriodStatus status) {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators open and close reporting periods");
        }
        if (status == PeriodStatus.PLANNED) {
            throw new ReportRejectedException(ReportViolation.invalid("status", "a period can be opened or closed, "
                    + "not planned again"));
        }
        ReportingPeriod period = periods.findByCode(code).orElseThrow(() -> new ReportRejectedException(
                ReportViolation.invalid("period", "unknown reporting period '" + code + "'")));
        PeriodRow before = PeriodRow.of(period);
        period.setStatus(status);
        PeriodRow after = PeriodRow.of(period);
        history.record("period", code, status == PeriodStatus.OPEN ? "opened" : "closed", before, after);
        return after;
    }
}
