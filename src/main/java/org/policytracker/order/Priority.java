package org.policytracker.order;

/** Priority of a directive. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
