package org.policytracker.collab;

/** The kinds of item that people comment on, watch and get notified about. */
public enum ItemType {
    TASK, DIRECTIVE, REPORT
}
