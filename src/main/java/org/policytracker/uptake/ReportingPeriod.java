package org.policytracker.uptake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A reporting quarter that an administrator opens and closes. */
@Entity
@Table(name = "reporting_period")
@Audited
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status;

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, PeriodStatus status) {
        this.code = code;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dueOn = dueOn;
        this.status = status;
    }

    /**
     * The calendar quarter that contains the day, coded {@code YYYY-Qn}; reports for it are due one
     * month after it ends.
     */
    public static ReportingPeriod quarterOf(LocalDate day, PeriodStatus status) {
        LocalDate starts = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate ends = starts.plusMonths(3).minusDays(1);
        return new ReportingPeriod(starts.getYear() + "-Q" + ((starts.getMonthValue() - 1) / 3 + 1), starts, ends,
                ends.plusMonths(1), status);
    }

    /** Replaces the period's dates and status (all but its code), e.g. from an imported order configuration. */
    public void redefine(LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, PeriodStatus status) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dueOn = dueOn;
        this.status = status;
    }

    public void setStatus(PeriodStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public PeriodStatus getStatus() {
        return status;
    }
}
