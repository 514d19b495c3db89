package org.policytracker.order;

/** Whether a date or target is stated in public sources or assumed (illustrative). */
public enum Basis {
    STATED, ASSUMED
}
