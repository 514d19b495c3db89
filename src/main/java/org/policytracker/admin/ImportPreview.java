package org.policytracker.admin;

import java.util.List;

/**
 * What importing an order configuration does (a preview) or did: one line per order, directive,
 * measure, sector and period of the document, and one per directive or measure of the order that is
 * in the database but not in the document (kept: an import never deletes).
 */
public record ImportPreview(String orderCode, List<Item> items) {

    /** What the import does with one subject. */
    public enum Outcome {
        ADDED("added"),
        CHANGED("changed"),
        UNCHANGED("unchanged"),
        /** In the database, not in the document: kept as it is. */
        NOT_IN_DOCUMENT("not in the document, kept");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One subject ("order", "directive", "measure", "sector", "period"), its key (code or id), the
     * outcome and, for a change, the fields that change.
     */
    public record Item(String subject, String key, Outcome outcome, List<String> changedFields) {
    }

    public long count(Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }

    /** Whether importing the document changes nothing. */
    public boolean changesNothing() {
        return count(Outcome.ADDED) == 0 && count(Outcome.CHANGED) == 0;
    }
}
