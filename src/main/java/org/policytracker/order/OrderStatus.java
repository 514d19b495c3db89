package org.policytracker.order;

/** Lifecycle of an executive order. */
public enum OrderStatus {
    DRAFT("Draft"),
    /** Signed and in force as signed. */
    SIGNED("In force"),
    /** In force, changed since it was signed. */
    AMENDED("Amended"),
    /** Replaced by another order. */
    SUPERSEDED("Superseded"),
    REVOKED("Revoked");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    /** How pages name the status (a signed order reads "In force"). */
    public String label() {
        return label;
    }
}
