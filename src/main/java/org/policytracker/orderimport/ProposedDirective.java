package org.policytracker.orderimport;

import java.util.List;

/**
 * A requirement the finder proposes as a directive: its code (the section reference, made a code), where it
 * stands ({@code sectionRef}), the sentence
 * it was read from and the part of it that states the duty ({@code dutyStart}, {@code dutyEnd}:
 * character offsets in the sentence, for highlighting), a short title, the deadline if any, the lead
 * and supporting agencies it matched (organisation ids) and the actors it could not match.
 */
public record ProposedDirective(String code, String sectionRef, String sentence, int dutyStart, int dutyEnd, String title,
        ProposedDeadline deadline, String leadAgency, List<String> supportingAgencies, List<String> unmatchedActors) {

    public ProposedDirective {
        supportingAgencies = List.copyOf(supportingAgencies);
        unmatchedActors = List.copyOf(unmatchedActors);
    }
}
