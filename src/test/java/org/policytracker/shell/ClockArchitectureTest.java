package org.policytracker.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Now" comes only from the injected {@link Clock}: no class of the application or of its tests
 * reads the system clock itself (ClockConfiguration, which builds that Clock, excepted), and no SQL
 * asks the database for its time. So a fixed clock fixes every date the app computes.
 */
class ClockArchitectureTest {

    /** Types whose static now()/today-style factories read the system clock unless given a Clock. */
    private static final Set<String> TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");
    private static final Set<String> SYSTEM_CLOCKS = Set.of("systemDefaultZone", "systemUTC", "system");
    private static final Pattern SQL_CLOCK = Pattern.compile(
            "(?i)\\b(now|curdate|curtime|sysdate|utc_timestamp|utc_date|unix_timestamp)\\(|\\bcurrent_(date|time|timestamp)\\b");
    /** Javadoc and line comments: prose, not SQL ("as it is now (…)"). */
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*(\\*|/\\*|//).*");

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("org.policytracker");

    @Test
    void nothingButTheClockConfigurationReadsTheSystemClock() {
        classes().that().doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
                .and().doNotHaveFullyQualifiedName(WallClockReader.class.getName())
                .should(takeNowOnlyFromTheInjectedClock())
                .because("\"now\" must come from the injected java.time.Clock so that a run can fix it")
                .check(CLASSES);
    }

    @Test
    void noSqlAsksTheDatabaseForTheTime() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.of(Path.of("src/main"), Path.of("src/test")).flatMap(ClockArchitectureTest::walk)) {
            offenders = files.filter(file -> file.toString().matches(".*\\.(java|sql)$"))
                    .filter(file -> !file.endsWith("ClockArchitectureTest.java"))
                    .flatMap(ClockArchitectureTest::sqlClockReads).toList();
        }
        assertThat(offenders).as("SQL that reads the database server's clock instead of a parameter from the Clock")
                .isEmpty();
    }

    @Test
    void theRuleCatchesAWallClockRead() {
        JavaClasses offender = new ClassFileImporter().importClasses(WallClockReader.class);
        assertThatThrownBy(() -> classes().should(takeNowOnlyFromTheInjectedClock()).check(offender))
                .hasMessageContaining("LocalDate.now()").hasMessageContaining("currentTimeMillis");
        assertThat(sqlClockReads("select * from task where due_on < curdate()")).isTrue();
        assertThat(sqlClockReads("select last_activity_at from task where id = ?")).isFalse();
        assertThat(sqlClockReads("update task set last_activity_at = NOW(6) where id = ?")).isTrue();
        assertThat(sqlClockReads(" * what the page shows now (its rules)")).isFalse();
        assertThat(sqlClockReads("lock(new LockConfiguration(ClockProvider.now(), job, atMost, atLeast))")).isFalse();
        assertThat(sqlClockReads("\"SELECT id FROM report WHERE submitted_at > now() - INTERVAL 1 DAY\"")).isTrue();
    }

    private static ArchCondition<JavaClass> takeNowOnlyFromTheInjectedClock() {
        return new ArchCondition<>("take \"now\" only from the injected Clock") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getFullName();
                    String name = call.getName();
                    boolean wallClock = TIME_TYPES.contains(owner) && name.equals("now")
                            && call.getTarget().getRawParameterTypes().stream()
                                    .noneMatch(type -> type.isEquivalentTo(Clock.class))
                            || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                            || owner.equals(Clock.class.getName()) && SYSTEM_CLOCKS.contains(name);
                    if (wallClock) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
                javaClass.getConstructorCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().getFullName().equals("java.util.Date")
                                && call.getTarget().getRawParameterTypes().isEmpty())
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> sqlClockReads(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size()).filter(i -> sqlClockReads(lines.get(i)))
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java's own now() calls are caught by the rule above; this looks for the SQL functions. */
    private static boolean sqlClockReads(String line) {
        // a Java call (Type.now(), provider.now()) has a dot before it; SQL's NOW() never does
        return !COMMENT_LINE.matcher(line).matches() && SQL_CLOCK.matcher(line.replaceAll("\\.now\\(", "")).find();
    }

    /** What the rule must refuse. */
    static final class WallClockReader {
        Object read() {
            return java.time.LocalDate.now().toString() + System.currentTimeMillis();
        }
    }
}
