package org.policytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policytracker.demo.DemoData.ReportData;
import org.policytracker.demo.DemoData.TaskData;
import org.policytracker.demo.DemoPlan.PeriodData;
import org.policytracker.task.TaskStatus;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportStatus;
import org.policytracker.uptake.ReportingPeriod;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo file placed as of days in different quarters (and years) shows the same believable
 * picture relative to that day, and never a date before the order's signing.
 */
class DemoPlanTest {

    private static final DemoData FILE = DemoDataLoader.read(new ClassPathResource("demo/eo-2026-ai-security.yaml"));
    /** The signing day in the order configuration the file names. */
    private static final LocalDate SIGNED = LocalDate.parse(JsonMapper.builder().build()
            .readTree(DemoPlanTest.class.getResourceAsStream("/demo/" + FILE.orderConfigurations().getFirst()))
            .at("/order/signedOn").asString());

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2026-12-31", "2027-01-01", "2027-01-02", "2027-04-01", "2027-07-15",
            "2028-02-29", "2031-10-30"})
    void reportsAreAcceptedForTheLatestEndedQuarterAndDraftedOrSubmittedForTheCurrentOne(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoPlan plan = DemoPlan.of(FILE, List.of(SIGNED), today);
        String current = quarterOf(today).getCode();
        String latestEnded = quarterOf(quarterOf(today).getStartsOn().minusDays(1)).getCode();

        List<ReportStatus> latestEndedStatuses = statusesIn(plan, latestEnded);
        assertThat(latestEndedStatuses).contains(ReportStatus.ACCEPTED);
        assertThat(latestEndedStatuses.stream().filter(ReportStatus.ACCEPTED::equals).count())
                .as("mostly accepted").isGreaterThan(latestEndedStatuses.size() / 2);
        assertThat(statusesIn(plan, current)).contains(ReportStatus.DRAFT, ReportStatus.SUBMITTED)
                .containsOnly(ReportStatus.DRAFT, ReportStatus.SUBMITTED);
        assertThat(plan.reports()).extracting(ReportData::period).allMatch(code -> code.compareTo(current) <= 0);
        assertThat(plan.reports()).extracting(ReportData::evidenceNote).allMatch(note -> note.startsWith("Illustrative"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2027-01-02", "2027-03-31", "2027-07-15", "2028-02-29", "2031-10-30"})
    void tasksAreAMixOfDoneOverdueAndNotYetDueWithNothingDoneOrReportedAfterToday(String day) {
        LocalDate today = LocalDate.parse(day);
        List<TaskData> tasks = DemoPlan.of(FILE, List.of(SIGNED), today).tasks();

        Predicate<TaskData> open = task -> task.status() != TaskStatus.DONE;
        assertThat(tasks).filteredOn(open.and(task -> task.dueOn().isBefore(today))).as("overdue").hasSizeGreaterThan(2);
        assertThat(tasks).filteredOn(open.and(task -> !task.dueOn().isBefore(today))).as("not yet due")
                .hasSizeGreaterThan(tasks.size() / 3);
        assertThat(tasks).filteredOn(open.and(task -> task.startOn().isAfter(today))).as("not started yet").isNotEmpty();
        assertThat(tasks).filteredOn(task -> task.status() == TaskStatus.DONE).as("done").hasSizeGreaterThan(2)
                .allMatch(task -> !task.completedOn().isAfter(today));
        assertThat(tasks).flatExtracting(TaskData::updates).allMatch(update -> !update.reportedOn().isAfter(today));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-02", "2026-09-01", "2026-11-22", "2027-01-02", "2027-07-15", "2031-10-30"})
    void noDateComesBeforeTheOrdersSigning(String day) {
        DemoPlan plan = DemoPlan.of(FILE, List.of(SIGNED), LocalDate.parse(day));

        assertThat(taskDates(plan)).allMatch(date -> !date.isBefore(SIGNED));
        assertThat(plan.reports()).extracting(report -> period(plan, report.period()).endsOn())
                .allMatch(end -> !end.isBefore(SIGNED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2027-01-02", "2027-02-01", "2027-07-15", "2031-10-30"})
    void theCalendarRunsFromTheSigningQuarterThroughTodaysClosedOnceReportsAreDue(String day) {
        LocalDate today = LocalDate.parse(day);
        List<PeriodData> calendar = DemoPlan.of(FILE, List.of(SIGNED), today).calendar();

        assertThat(calendar.getFirst().code()).isEqualTo(quarterOf(SIGNED).getCode());
        assertThat(calendar.getLast().code()).isEqualTo(quarterOf(today).getCode());
        for (int i = 0; i < calendar.size(); i++) {
            PeriodData quarter = calendar.get(i);
            ReportingPeriod expected = quarterOf(SIGNED.plusMonths(3L * i));
            assertThat(quarter).isEqualTo(new PeriodData(expected.getCode(), expected.getStartsOn(), expected.getEndsOn(),
                    expected.getDueOn(), quarter.dueOn().isBefore(today) ? PeriodStatus.CLOSED : PeriodStatus.OPEN));
        }
    }

    @Test
    void onTheDayItIsWrittenAsOfTheFileIsPlacedAsWritten() {
        DemoPlan plan = DemoPlan.of(FILE, List.of(SIGNED), FILE.writtenAsOf());

        assertThat(plan.tasks()).isEqualTo(FILE.tasks());
        assertThat(plan.reports()).isEqualTo(FILE.reports());
        assertThat(plan.calendar()).extracting(PeriodData::code, PeriodData::status).containsExactly(
                tuple("2026-Q2", PeriodStatus.CLOSED),
                tuple("2026-Q3", PeriodStatus.CLOSED),
                tuple("2026-Q4", PeriodStatus.OPEN));
    }

    @Test
    void beforeTheDayItIsWrittenAsOfNothingMovesBackwards() {
        DemoPlan plan = DemoPlan.of(FILE, List.of(SIGNED), FILE.writtenAsOf().minusMonths(4));

        assertThat(plan.asOf()).isEqualTo(FILE.writtenAsOf());
        assertThat(plan.tasks()).isEqualTo(FILE.tasks());
        assertThat(plan.reports()).isEqualTo(FILE.reports());
    }

    @Test
    void aLaterDayMovesTasksByTheDaysAndReportsByTheQuartersInBetween() {
        DemoPlan plan = DemoPlan.of(FILE, List.of(SIGNED), LocalDate.of(2027, 7, 15));

        assertThat(plan.daysMoved()).isEqualTo(235);
        assertThat(plan.quartersMoved()).isEqualTo(3);
        assertThat(plan.tasks().getFirst().dueOn()).isEqualTo(FILE.tasks().getFirst().dueOn().plusDays(235));
        assertThat(plan.reports()).extracting(ReportData::period).containsOnly("2027-Q1", "2027-Q2", "2027-Q3");
    }

    private static List<ReportStatus> statusesIn(DemoPlan plan, String period) {
        return plan.reports().stream().filter(report -> report.period().equals(period)).map(ReportData::status).toList();
    }

    private static PeriodData period(DemoPlan plan, String code) {
        return plan.calendar().stream().filter(quarter -> quarter.code().equals(code)).findFirst().orElseThrow();
    }

    private static Stream<LocalDate> taskDates(DemoPlan plan) {
        return plan.tasks().stream().flatMap(task -> Stream.of(
                Stream.of(task.startOn(), task.dueOn(), task.completedOn()),
                task.milestones().stream().map(DemoData.MilestoneData::dueOn),
                task.updates().stream().map(DemoData.UpdateData::reportedOn)).flatMap(s -> s)).filter(Objects::nonNull);
    }

    private static ReportingPeriod quarterOf(LocalDate day) {
        return ReportingPeriod.quarterOf(day, PeriodStatus.OPEN);
    }
}
