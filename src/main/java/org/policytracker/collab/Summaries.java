package org.policytracker.collab;

/**
 * Derived text (activity summaries, notification messages) quotes what users wrote, which may be
 * longer than the derived record's column: it is shortened on purpose, with an ellipsis, so the
 * derived record is written instead of failing ("Data too long") after the change itself committed.
 */
final class Summaries {

    /** The length of {@code activity.summary} and {@code notification.message} (V6). */
    static final int COLUMN_LENGTH = 500;
    private static final String ELLIPSIS = "…";

    private Summaries() {
    }

    /** The text itself if it fits in {@code max} characters, else its start and an ellipsis, {@code max} long. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character outside the Basic Multilingual Plane (an emoji) in two
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
