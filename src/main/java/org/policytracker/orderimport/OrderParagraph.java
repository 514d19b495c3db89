package org.policytracker.orderimport;

/**
 * One paragraph of an order's text with the numbering it sits under: {@code sectionRef} like
 * {@code 4(b)(i)} ({@code null} before the first section), the title of its section ("Definitions"),
 * and its text without the numbering.
 */
public record OrderParagraph(String sectionRef, String sectionTitle, String text) {
}
