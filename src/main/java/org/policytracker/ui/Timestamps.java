package org.policytracker.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the application writes a moment: to the minute, in UTC, saying so. */
public final class Timestamps {

    private static final DateTimeFormatter MINUTE_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return MINUTE_UTC.format(instant);
    }
}
