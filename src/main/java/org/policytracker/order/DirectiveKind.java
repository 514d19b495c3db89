package org.policytracker.order;

/** What a directive asks for. */
public enum DirectiveKind {
    AGENCY_ACTION, VOLUNTARY_MEASURE, ENFORCEMENT, COORDINATION
}
