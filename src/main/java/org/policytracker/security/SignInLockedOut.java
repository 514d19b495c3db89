package org.policytracker.security;

import java.time.Instant;

/**
 * Published when repeated wrong passwords lock a sign-in name or an address out for a while
 * ({@link SignInThrottle}); the sign-in audit records it.
 *
 * @param username the name tried, known or not; null when an address was locked out
 * @param address  the address the attempts came from
 * @param until    when sign-in opens again
 */
public record SignInLockedOut(String username, String address, Instant until) {
}
