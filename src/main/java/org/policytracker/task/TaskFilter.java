package org.policytracker.task;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a program manager narrows the task grid to. It round-trips through the URL's query string
 * so a filtered grid can be bookmarked and shared; unknown or malformed parameters are ignored.
 */
public record TaskFilter(Long directiveId, Set<TaskStatus> statuses, String ownerUsername, LocalDate dueFrom,
        LocalDate dueTo, boolean overdueOnly, boolean staleOnly, String text) {

    public static final TaskFilter NONE = new TaskFilter(null, Set.of(), null, null, null, false, false, null);

    public TaskFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        ownerUsername = blankToNull(ownerUsername);
        text = blankToNull(text);
    }

    /** How many of the filters narrow the grid: shown on the folded filter panel of a phone. */
    public long activeCount() {
        return Stream.of(directiveId, statuses.isEmpty() ? null : statuses, ownerUsername, dueFrom, dueTo,
                overdueOnly ? true : null, staleOnly ? true : null, text).filter(Objects::nonNull).count();
    }

    public TaskFilter withDirective(Long directive) {
        return new TaskFilter(directive, statuses, ownerUsername, dueFrom, dueTo, overdueOnly, staleOnly, text);
    }

    public TaskFilter withStatuses(Set<TaskStatus> chosen) {
        return new TaskFilter(directiveId, chosen, ownerUsername, dueFrom, dueTo, overdueOnly, staleOnly, text);
    }

    public TaskFilter withOwner(String owner) {
        return new TaskFilter(directiveId, statuses, owner, dueFrom, dueTo, overdueOnly, staleOnly, text);
    }

    public TaskFilter withDueWindow(LocalDate from, LocalDate to) {
        return new TaskFilter(directiveId, statuses, ownerUsername, from, to, overdueOnly, staleOnly, text);
    }

    public TaskFilter withOverdueOnly(boolean overdue) {
        return new TaskFilter(directiveId, statuses, ownerUsername, dueFrom, dueTo, overdue, staleOnly, text);
    }

    public TaskFilter withStaleOnly(boolean stale) {
        return new TaskFilter(directiveId, statuses, ownerUsername, dueFrom, dueTo, overdueOnly, stale, text);
    }

    public TaskFilter withText(String search) {
        return new TaskFilter(directiveId, statuses, ownerUsername, dueFrom, dueTo, overdueOnly, staleOnly, search);
    }

    public QueryParameters toQueryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        if (directiveId != null) {
            query.put("directive", directiveId.toString());
        }
        if (!statuses.isEmpty()) {
            query.put("status", statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        putIfPresent(query, "owner", ownerUsername);
        putIfPresent(query, "dueFrom", dueFrom);
        putIfPresent(query, "dueTo", dueTo);
        if (overdueOnly) {
            query.put("overdue", "true");
        }
        if (staleOnly) {
            query.put("stale", "true");
        }
        putIfPresent(query, "q", text);
        return QueryParameters.simple(query);
    }

    public static TaskFilter fromQueryParameters(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        return new TaskFilter(first(query, "directive").flatMap(TaskFilter::parseLong).orElse(null),
                first(query, "status").map(TaskFilter::parseStatuses).orElse(Set.of()),
                first(query, "owner").orElse(null),
                first(query, "dueFrom").flatMap(TaskFilter::parseDate).orElse(null),
                first(query, "dueTo").flatMap(TaskFilter::parseDate).orElse(null),
                first(query, "overdue").map("true"::equals).orElse(false),
                first(query, "stale").map("true"::equals).orElse(false),
                first(query, "q").orElse(null));
    }

    private static void putIfPresent(Map<String, String> query, String name, Object value) {
        if (value != null) {
            query.put(name, value.toString());
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Set<TaskStatus> parseStatuses(String value) {
        return Arrays.stream(value.split(",")).filter(name -> Arrays.stream(TaskStatus.values())
                .anyMatch(status -> status.name().equals(name))).map(TaskStatus::valueOf).collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
