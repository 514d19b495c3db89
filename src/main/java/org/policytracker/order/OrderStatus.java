package org.policytracker.order;

/** Lifecycle of an executive order. */
public enum OrderStatus {
    DRAFT, SIGNED, SUPERSEDED, REVOKED
}
