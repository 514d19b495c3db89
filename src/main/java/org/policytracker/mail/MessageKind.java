package org.policytracker.mail;

/** The kinds of message a person chooses a channel for, each separately. */
public enum MessageKind {
    REMINDER("Reminders", "reminders of due, overdue and stale work and of reports to give or review"),
    UPDATE_REQUEST("Update requests", "requests to post an update on a task you own"),
    DIGEST("Weekly digest", "a weekly summary of what moved");

    private final String label;
    private final String description;

    MessageKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
