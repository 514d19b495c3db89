package org.policytracker.uptake;

/** A labelled link to evidence behind a report (a survey, an attestation, a published list). */
public record EvidenceLink(String label, String url) {
}
