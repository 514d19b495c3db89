package org.policytracker.ui;

/** How the pages name an enum constant: {@code AGENCY_ACTION} reads "Agency action". */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return ofCode(value.name());
    }

    /** The same words for a code that is not (or no longer) an enum constant, such as {@code RETIRED}. */
    public static String ofCode(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
