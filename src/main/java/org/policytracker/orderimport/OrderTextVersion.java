package org.policytracker.orderimport;

import java.time.Instant;
import java.time.LocalDate;

/** One version of an order's text as imported: draft, signed or amended, its date, source and text. */
public record OrderTextVersion(long id, Kind kind, LocalDate dated, String source, OrderTextFormat format, String text,
        Instant importedAt, String importedBy) {

    public enum Kind {
        DRAFT("Draft"), SIGNED("Signed"), AMENDED("Amended");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
