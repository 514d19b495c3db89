package org.policytracker.uptake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.uptake.query.CatalogueUsageQueries;
import org.policytracker.uptake.repository.MeasureTermsRepository;
import org.policytracker.uptake.repository.ReportingPeriodRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create reporting periods one by one or as a schedule (quarterly or monthly, reports
 * due some days after each period ends), and delete a period nobody has reported for. Periods never
 * overlap and their codes are unique; a schedule is created whole or not at all. Every change is
 * written to the administration history ("period"). Opening and closing: {@link ReportingPeriodService}.
 */
@Service
public class PeriodAdministration {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,15}");
    /** The most periods one schedule creates: ten years of months. */
    public static final int MAX_SCHEDULE = 120;
    public static final int MAX_DUE_DAYS = 365;

    private final ReportingPeriodRepository periods;
    private final MeasureTermsRepository terms;
    private final CatalogueUsageQueries usage;
    private final AdministrationHistory history;
    private final CurrentUser currentUser;

    PeriodAdministration(ReportingPeriodRepository periods, MeasureTermsRepository terms, CatalogueUsageQueries usage,
            AdministrationHistory history, CurrentUser currentUser) {
        this.periods = periods;
        this.terms = terms;
        this.usage = usage;
        this.history = history;
        this.currentUser = currentUser;
    }

    /** How often a schedule's periods start. */
    public enum Frequency {
        QUARTERLY(3), MONTHLY(1);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        /** The calendar quarter or month that contains the day. */
        LocalDate startOf(LocalDate day) {
            return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / months * months + 1);
        }

        /** {@code YYYY-Qn} for a quarter, {@code YYYY-MM} for a month. */
        String code(LocalDate start) {
            return this == QUARTERLY ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                    : String.format("%d-%02d", start.getYear(), start.getMonthValue());
        }
    }

    public record PeriodInput(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
    }

    /** Every calendar quarter or month that contains a day from {@code from} to {@code to}. */
    public record ScheduleInput(Frequency frequency, LocalDate from, LocalDate to, Integer dueDaysAfterEnd) {
    }

    /** Every period, the latest first. */
    @Transactional(readOnly = true)
    public List<PeriodRow> all() {
        requireAdministrator();
        return periods.findAllByOrderByStartsOnDesc().stream().map(PeriodRow::of).toList();
    }

    @Transactional
    public PeriodRow create(PeriodInput input) {
        requireAdministrator();
        String code = input.code() == null ? "" : input.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw AdministrativeChangeRefused.invalid("code", "must be 1-16 letters, digits, dots, hyphens or underscores");
        }
        if (input.startsOn() == null) {
            throw AdministrativeChangeRefused.invalid("startsOn", "is required");
        }
        if (input.endsOn() == null || input.endsOn().isBefore(input.startsOn())) {
            throw AdministrativeChangeRefused.invalid("endsOn", "is required, on or after the start");
        }
        if (input.dueOn() == null || input.dueOn().isBefore(input.endsOn())) {
            throw AdministrativeChangeRefused.invalid("dueOn", "is required, on or after the end");
        }
        return add(List.of(new ReportingPeriod(code, input.startsOn(), input.endsOn(), input.dueOn(),
                PeriodStatus.PLANNED)), "code", "startsOn").getFirst();
    }

    /** Creates the schedule's periods, planned, all or none. */
    @Transactional
    public List<PeriodRow> schedule(ScheduleInput input) {
        requireAdministrator();
        if (input.frequency() == null) {
            throw AdministrativeChangeRefused.invalid("frequency", "is required: quarterly or monthly");
        }
        if (input.from() == null) {
            throw AdministrativeChangeRefused.invalid("from", "is required");
        }
        if (input.to() == null || input.to().isBefore(input.from())) {
            throw AdministrativeChangeRefused.invalid("to", "is required, on or after the first day");
        }
        if (input.dueDaysAfterEnd() == null || input.dueDaysAfterEnd() < 0 || input.dueDaysAfterEnd() > MAX_DUE_DAYS) {
            throw AdministrativeChangeRefused.invalid("dueDaysAfterEnd", "must be 0-" + MAX_DUE_DAYS + " days");
        }
        List<ReportingPeriod> planned = new ArrayList<>();
        for (LocalDate start = input.frequency().startOf(input.from()); !start.isAfter(input.to());
                start = start.plusMonths(input.frequency().months)) {
            if (planned.size() == MAX_SCHEDULE) {
                throw AdministrativeChangeRefused.invalid("to", "a schedule has at most " + MAX_SCHEDULE + " periods");
            }
            LocalDate ends = start.plusMonths(input.frequency().months).minusDays(1);
            planned.add(new ReportingPeriod(input.frequency().code(start), start, ends,
                    ends.plusDays(input.dueDaysAfterEnd()), PeriodStatus.PLANNED));
        }
        return add(planned, "from", "from");
    }

    private List<PeriodRow> add(List<ReportingPeriod> planned, String codeField, String datesField) {
        List<ReportingPeriod> existing = periods.findAll();
        Set<String> codes = new HashSet<>();
        existing.forEach(period -> codes.add(period.getCode()));
        for (ReportingPeriod period : planned) {
            if (!codes.add(period.getCode())) {
                throw AdministrativeChangeRefused.conflict(codeField, "a reporting period " + period.getCode()
                        + " already exists; nothing was created");
            }
            existing.stream().filter(other -> !other.getStartsOn().isAfter(period.getEndsOn())
                    && !other.getEndsOn().isBefore(period.getStartsOn())).findFirst().ifPresent(other -> {
                        throw AdministrativeChangeRefused.conflict(datesField, period.getCode() + " (" + period.getStartsOn()
                                + " to " + period.getEndsOn() + ") overlaps " + other.getCode() + " ("
                                + other.getStartsOn() + " to " + other.getEndsOn() + "); nothing was created");
                    });
        }
        List<PeriodRow> created = new ArrayList<>();
        for (ReportingPeriod period : planned) {
            PeriodRow row = PeriodRow.of(periods.save(period));
            history.record("period", row.code(), "created", null, row);
            created.add(row);
        }
        return created;
    }

    /** Deletes a period no association has reported for and no measure's terms start from. */
    @Transactional
    public void delete(String code) {
        requireAdministrator();
        ReportingPeriod period = periods.findByCode(code).orElseThrow(() -> AdministrativeChangeRefused.notFound("code",
                "no reporting period '" + code + "'"));
        long reports = usage.reportsInPeriod(period.getId());
        if (reports > 0) {
            throw AdministrativeChangeRefused.conflict("code", "reporting period " + code + " has " + reports
                    + " participation report" + (reports == 1 ? "" : "s") + " and cannot be deleted; close it instead");
        }
        if (terms.existsByFromPeriod(period)) {
            throw AdministrativeChangeRefused.conflict("code", "a measure's terms apply from reporting period " + code
                    + "; it cannot be deleted");
        }
        PeriodRow before = PeriodRow.of(period);
        periods.delete(period);
        history.record("period", code, "deleted", before, null);
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators create and delete reporting periods");
        }
    }
}
