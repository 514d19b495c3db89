package org.policytracker.gap;

/** Where a directive stands, from its gap index and its forecast (see docs/metrics.md). */
public enum DirectiveStatus {
    ON_TRACK("On track"), AT_RISK("At risk"), OFF_TRACK("Off track"), NO_DATA("No data");

    private final String label;

    DirectiveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
