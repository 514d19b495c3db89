package org.policytracker.collab;

/** A comment that was not posted, with the reason to show beside the comment box. */
public class CommentRefusedException extends RuntimeException {

    public CommentRefusedException(String message) {
        super(message);
    }
}
