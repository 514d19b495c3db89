package org.policytracker.ui;

/** How the pages name an enum constant: {@code AGENCY_ACTION} reads "Agency action". */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
