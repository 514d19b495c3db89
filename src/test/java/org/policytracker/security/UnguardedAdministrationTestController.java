package org.policytracker.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only administration endpoint (in src/test, so only the test suite's application has it) that
 * checks nothing itself: only the security chain's rule for /api/v1/admin/** keeps others out, so
 * {@link AdministrationApiAccessTest} fails if that rule goes.
 */
@RestController
class UnguardedAdministrationTestController {

    static final String PATH = "/api/v1/admin/test-unguarded";

    @GetMapping(PATH)
    String answer() {
        return "administrators only";
    }
}
