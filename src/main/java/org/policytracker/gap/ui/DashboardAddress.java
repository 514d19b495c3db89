package org.policytracker.gap.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.GapFilter;

/**
 * What the dashboard's address asks for: the filters (?order=&directive=&sector=&agency=&period=&version=)
 * and the day of the figures (?asOf=YYYY-MM-DD, default today). A malformed parameter is reported
 * as a problem and dropped; the others still apply.
 */
final class DashboardAddress {

    static final List<String> PARAMETERS = List.of("order", "directive", "sector", "agency", "period", "version",
            "asOf");

    /** The parameters that apply, as in the URL (the filter bar builds the next address from them). */
    final Map<String, String> values = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final GapFilter filter;
    final LocalDate asOf;

    DashboardAddress(QueryParameters parameters, LocalDate today) {
        parameters.getParameters().forEach((name, list) -> {
            if (PARAMETERS.contains(name) && !list.isEmpty() && !list.getFirst().isBlank()) {
                values.put(name, list.getFirst());
            }
        });
        filter = new GapFilter(id("order"), id("directive"), values.get("sector"), values.get("agency"), id("period"),
                id("version"));
        asOf = asOf(today);
    }

    private Long id(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            values.remove(name);
            problems.add("The " + name + " filter '" + value + "' is not a valid id; it is left out.");
            return null;
        }
    }

    private LocalDate asOf(LocalDate today) {
        String value = values.get("asOf");
        if (value == null) {
            return today;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            values.remove("asOf");
            problems.add("The as-of date '" + value + "' is not a date of the form YYYY-MM-DD; showing the figures "
                    + "as of today, " + today + ".");
            return today;
        }
    }
}
