package org.policytracker.task;

/** Progress state of an agency task. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, AT_RISK, BLOCKED, DONE
}
