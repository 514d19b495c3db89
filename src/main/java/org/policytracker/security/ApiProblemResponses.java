package org.policytracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused API calls with RFC 9457 problem JSON: 401 without valid credentials, 403 without
 * permission, and the refusals that happen before Spring MVC (request limits).
 *
 * <p>No 401 carries a {@code Basic} challenge: browsers answer that with a password prompt and then
 * keep sending the typed credentials. With the keycloak profile the challenge is {@code Bearer};
 * in the embedded default (HTTP Basic for scripts that send credentials up front) none is sent.
 */
@Component
public class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    // RFC 9457 members at the top level (the mixin), absent ones left out rather than written as null
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private final String challenge;

    ApiProblemResponses(Environment environment) {
        this.challenge = environment.acceptsProfiles(Profiles.of("keycloak")) ? "Bearer realm=\"policy-tracker\"" : null;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        send(request, response, problem(HttpStatus.UNAUTHORIZED, "Authentication required", challenge != null
                ? "Send a valid bearer token from the identity provider with the request."
                : "Send valid credentials (HTTP Basic: user name and password) with the request."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        send(request, response, problem(HttpStatus.FORBIDDEN, "Not allowed",
                "Your role or organisation does not allow this request."));
    }

    /**
     * A request the firewall refuses (an encoded slash or percent, a path with "..", a control
     * character): under /api problem JSON, elsewhere the plain 400 it always was.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "The request address contains characters or sequences that are not accepted.");
        send(request, response, problem);
    }

    /** Writes a problem as the whole response, with the request's path as its instance. */
    public static void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(new URI(request.getRequestURI()));
            } catch (URISyntaxException notAnAddress) {
                // a path Tomcat let through but java.net.URI refuses: the problem goes without its instance
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
