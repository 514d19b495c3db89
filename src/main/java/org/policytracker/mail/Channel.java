package org.policytracker.mail;

/** How a person receives one kind of message. */
public enum Channel {
    /** in the application only (its notifications and marks), no e-mail */
    IN_APP("In the app"),
    /** in the application and by e-mail */
    EMAIL("In the app and by e-mail"),
    /** not at all */
    OFF("Off");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
