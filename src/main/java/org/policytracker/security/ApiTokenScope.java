package org.policytracker.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** What a personal API token may do, on top of what its owner's roles allow. */
public enum ApiTokenScope {

    /** Read only: GET and HEAD. */
    READ("Read"),
    /** Read, and submit participation reports (POST /api/v1/reports). */
    REPORTS("Read and submit reports");

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final String label;

    ApiTokenScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a request made with a token of this scope may go on to the owner's own authorization. */
    boolean permits(HttpServletRequest request) {
        if (READING.contains(request.getMethod())) {
            return true;
        }
        return this == REPORTS && "POST".equals(request.getMethod())
                && "/api/v1/reports".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
