package org.policytracker.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint (in src/test, so it exists only in the test suite's application) that fails
 * the way a bug would: an exception no handler expects, whose message must not reach the client.
 */
@RestController
class FaultyTestController {

    static final String PATH = "/api/test/fault";
    static final String SECRET_MESSAGE = "internal detail of org.policytracker that stays in the log";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET_MESSAGE);
    }
}
