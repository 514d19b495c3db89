package org.policytracker.gap;

/** The components of the implementation gap index, each scaled 0 (no gap) to 100 (nothing happened). */
public enum GapComponent {
    EXECUTION("Execution gap", "100 - execution (mean percent complete of the directive's tasks)"),
    SCHEDULE("Schedule gap", "100 x overdue open tasks / all tasks of the directive"),
    UPTAKE("Uptake gap", "mean over the directive's measures of 100 x max(0, target - uptake) / target; "
            + "a measure without any accepted report counts as uptake 0"),
    VERIFICATION("Verification gap", "100 x (participating - verified) / participating, over the directive's measures"),
    COVERAGE("Coverage gap", "100 x eligible measure-sector pairs without an accepted report / all eligible pairs"),
    STALENESS("Staleness", "100 x open tasks not updated for more than the stale-after days / open tasks");

    private final String label;
    private final String formula;

    GapComponent(String label, String formula) {
        this.label = label;
        this.formula = formula;
    }

    public String label() {
        return label;
    }

    public String formula() {
        return formula;
    }
}
