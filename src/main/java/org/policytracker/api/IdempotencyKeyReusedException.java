package org.policytracker.api;

/** The same Idempotency-Key was sent before with a different request body. */
class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException(String key) {
        super("The Idempotency-Key '" + key + "' was already used for a different request body. Use a new key for a "
                + "new submission; resend the identical body to repeat the earlier one.");
    }
}
