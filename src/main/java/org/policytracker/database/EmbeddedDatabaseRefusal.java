package org.policytracker.database;

/** A set-up the embedded database refuses to start in, with what to do instead. */
final class EmbeddedDatabaseRefusal extends IllegalStateException {

    private final String problem;
    private final String action;

    EmbeddedDatabaseRefusal(String problem, String action) {
        super(problem + " " + action);
        this.problem = problem;
        this.action = action;
    }

    String problem() {
        return problem;
    }

    String action() {
        return action;
    }
}
