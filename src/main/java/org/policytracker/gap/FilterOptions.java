package org.policytracker.gap;

import java.util.List;

/** The choices of the dashboard's filters: orders, directives, sectors, agencies, reporting periods. */
public record FilterOptions(List<Option> orders, List<Option> directives, List<Option> sectors, List<Option> agencies,
        List<Option> periods) {

    /** One choice: its id (as in the URL) and its label. */
    public record Option(String id, String label) {
    }
}
