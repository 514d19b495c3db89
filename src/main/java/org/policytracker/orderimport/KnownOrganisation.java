package org.policytracker.orderimport;

import java.util.Set;

/** An agency the finder can name: its id, and the names an order text may give it. */
public record KnownOrganisation(String id, String name, String acronym, Set<String> aliases) {

    public KnownOrganisation {
        aliases = aliases == null ? Set.of() : Set.copyOf(aliases);
    }
}
