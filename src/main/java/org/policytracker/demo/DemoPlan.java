package org.policytracker.demo;

import static org.policytracker.demo.DemoData.orEmpty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policytracker.demo.DemoData.ReportData;
import org.policytracker.demo.DemoData.TaskData;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingPeriod;

/**
 * The demo data placed in time for a load on a given day, so that whatever the day, a fresh load
 * shows a believable mix (tasks done, on track and overdue; reports accepted for the latest ended
 * quarter, drafts and submissions for the current one).
 *
 * <p>The file is written as of its {@code writtenAsOf} day. The plan is made as of the later of that
 * day and today ({@link #asOf}): every task date (start, due, completed, milestone dues, progress
 * updates) moves forward by the days in between ({@link #daysMoved}), every report moves forward by
 * the quarters in between ({@link #quartersMoved}: the file's current quarter becomes today's, its
 * latest ended quarter today's latest ended one, and so on). Orders, directives and measures keep the
 * file's real dates. Nothing moves backwards: before {@code writtenAsOf} the file is placed as
 * written, so no task date lies before the order's signing.
 *
 * <p>The {@link #calendar} is every quarter from the one the earliest order was signed in (or the
 * earliest report's, if earlier) through the as-of quarter (or the latest report's, if later): CLOSED
 * once its reports are due (its due date has passed), OPEN otherwise.
 */
record DemoPlan(LocalDate asOf, long daysMoved, int quartersMoved, List<PeriodData> calendar, List<TaskData> tasks,
        List<ReportData> reports) {

    /** One reporting quarter of the calendar. */
    record PeriodData(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, PeriodStatus status) {
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The plan of the file as of today, its orders signed on the given days. */
    static DemoPlan of(DemoData data, List<LocalDate> ordersSignedOn, LocalDate today) {
        LocalDate writtenAsOf = data.writtenAsOf();
        if (writtenAsOf == null) {
            throw new IllegalStateException("The demo data names no writtenAsOf day: its dates cannot be placed");
        }
        LocalDate asOf = today.isAfter(writtenAsOf) ? today : writtenAsOf;
        long days = ChronoUnit.DAYS.between(writtenAsOf, asOf);
        int quarters = quarterIndex(asOf) - quarterIndex(writtenAsOf);
        List<TaskData> tasks = orEmpty(data.tasks()).stream().map(task -> task.movedBy(days)).toList();
        List<ReportData> reports = orEmpty(data.reports()).stream()
                .map(report -> report.inPeriod(quarterCode(quarterStart(report.period()).plusMonths(3L * quarters))))
                .toList();
        return new DemoPlan(asOf, days, quarters, calendar(ordersSignedOn, reports, asOf), tasks, reports);
    }

    private static List<PeriodData> calendar(List<LocalDate> ordersSignedOn, List<ReportData> reports, LocalDate asOf) {
        List<LocalDate> reportQuarters = reports.stream().map(report -> quarterStart(report.period())).toList();
        LocalDate first = Stream.concat(ordersSignedOn.stream().filter(Objects::nonNull), reportQuarters.stream())
                .min(LocalDate::compareTo).orElse(asOf);
        LocalDate last = Stream.concat(Stream.of(asOf), reportQuarters.stream()).max(LocalDate::compareTo).orElseThrow();
        List<PeriodData> calendar = new ArrayList<>();
        for (LocalDate day = quarterStart(first); !day.isAfter(last); day = day.plusMonths(3)) {
            ReportingPeriod quarter = ReportingPeriod.quarterOf(day, PeriodStatus.OPEN);
            PeriodStatus status = quarter.getDueOn().isBefore(asOf) ? PeriodStatus.CLOSED : PeriodStatus.OPEN;
            calendar.add(new PeriodData(quarter.getCode(), quarter.getStartsOn(), quarter.getEndsOn(), quarter.getDueOn(),
                    status));
        }
        return calendar;
    }

    private static int quarterIndex(LocalDate day) {
        return day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
    }

    private static LocalDate quarterStart(LocalDate day) {
        return ReportingPeriod.quarterOf(day, PeriodStatus.OPEN).getStartsOn();
    }

    private static LocalDate quarterStart(String code) {
        Matcher quarter = QUARTER.matcher(code);
        if (!quarter.matches()) {
            throw new IllegalStateException("Demo report period '" + code + "' is not a calendar quarter (YYYY-Qn)");
        }
        return LocalDate.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3 - 2, 1);
    }

    private static String quarterCode(LocalDate day) {
        return ReportingPeriod.quarterOf(day, PeriodStatus.OPEN).getCode();
    }
}
