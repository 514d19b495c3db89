package org.policytracker.order;

/** Whether a version of an order's text is known from reporting or from the text itself. */
public enum VersionBasis {
    REPORTED, STATED
}
