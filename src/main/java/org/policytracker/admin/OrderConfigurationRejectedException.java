package org.policytracker.admin;

import java.util.List;

/**
 * An order configuration document that is not imported, with every problem found: where in the
 * document (a JSON pointer such as {@code /measures/2/directive}) and what is wrong there.
 */
public class OrderConfigurationRejectedException extends RuntimeException {

    /** One problem of a document: its place as a JSON pointer ("" for the whole document) and what is wrong. */
    public record Problem(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public OrderConfigurationRejectedException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.getFirst().toString() : problems.size() + " problems in the document");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
