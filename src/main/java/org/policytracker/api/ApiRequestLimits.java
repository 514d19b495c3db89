package org.policytracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.policytracker.security.ApiProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds of every request under /api, checked before authentication and before anything is read
 * or parsed: the query string, the request headers, the Idempotency-Key, and the body, which is
 * refused by its declared length without reading it, or while reading it once it passes the limit
 * (a body without a length). A JSON body must be well-formed UTF-8: an overlong or broken sequence
 * would otherwise be stored altered. Each refusal is problem JSON saying which limit was passed.
 *
 * <p>Tomcat's own limits ({@code server.max-http-request-header-size}) are set higher than these
 * so that a request just over them gets this specific answer instead of Tomcat's HTML page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiRequestLimits extends OncePerRequestFilter {

    private final int maxQueryLength;
    private final long maxHeaderBytes;
    private final long maxBodyBytes;

    ApiRequestLimits(@Value("${policy-tracker.api.max-query-length}") int maxQueryLength,
            @Value("${policy-tracker.api.max-header-size}") DataSize maxHeaderSize,
            @Value("${policy-tracker.api.max-body-size}") DataSize maxBodySize) {
        this.maxQueryLength = maxQueryLength;
        this.maxHeaderBytes = maxHeaderSize.toBytes();
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > maxQueryLength) {
            refuse(request, response, HttpStatus.URI_TOO_LONG, "Query string too long", "The query string has "
                    + query.length() + " characters; at most " + maxQueryLength + " are accepted.", null);
            return;
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            refuse(request, response, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
                    "The request headers have " + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted.",
                    null);
            return;
        }
        String key = request.getHeader(ReportingApiController.IDEMPOTENCY_KEY);
        if (key != null && !IdempotentSubmissions.isValidKey(key)) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    ReportingApiController.IDEMPOTENCY_KEY + " " + IdempotentSubmissions.KEY_RULE + ".",
                    ReportingApiController.IDEMPOTENCY_KEY);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            refuseTooLarge(request, response, "The request body has " + declared + " bytes");
            return;
        }
        if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
            refuseTooLarge(request, response, "The request body is longer than " + maxBodyBytes + " bytes");
            return;
        }
        if (isJson(request) && !isUtf8(body)) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "Invalid UTF-8",
                    "The request body is not well-formed UTF-8 (an invalid or overlong byte sequence); "
                            + "send JSON encoded as UTF-8.", null);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + value.length() + 4; // "name: value\r\n"
            }
        }
        return bytes;
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
        } catch (RuntimeException noOrBadType) {
            return false;
        }
    }

    /** Java's UTF-8 decoder refuses overlong forms, surrogates and truncated sequences. */
    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, String found)
            throws IOException {
        // the rest of the body is not read: the connection is closed after the answer
        response.setHeader("Connection", "close");
        refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                found + "; at most " + maxBodyBytes + " bytes are accepted here.", null);
        response.flushBuffer();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String title, String detail, String field) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", IdempotentSubmissions.KEY_RULE)));
        }
        ApiProblemResponses.send(request, response, problem);
    }

    /** The request with its body already read (and checked), to be read again by Spring MVC. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public int available() {
                    return in.available();
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
