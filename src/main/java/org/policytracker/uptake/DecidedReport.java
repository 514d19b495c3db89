package org.policytracker.uptake;

import java.time.Instant;

/**
 * A revision the reviewer's agency decided recently: the decision, whether the association has since
 * started a correction (a later revision, even a draft), and until when the signed-in person may undo
 * the decision (null: not theirs to undo, or no longer).
 */
public record DecidedReport(ReportRow report, ReviewDecision decision, boolean corrected, Instant undoableUntil) {

    public boolean undoable() {
        return undoableUntil != null;
    }
}
