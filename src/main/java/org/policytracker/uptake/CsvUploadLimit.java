package org.policytracker.uptake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSV import's size limit on the upload request itself, before Vaadin reads it (its in-memory
 * upload handler reads a raw upload whole, and checks its own limits on multipart uploads only
 * after parsing them): an upload that declares more than the limit is refused with 413 without
 * being read; one without a declared length is cut off as soon as it passes the limit. Vaadin's
 * uploads (the app's only one is this import) go to its dynamic resources.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CsvUploadLimit extends OncePerRequestFilter {

    /** Room for a multipart upload's boundaries and part headers around the file itself. */
    static final long MULTIPART_ALLOWANCE = 64 * 1024;

    private final long maxRequestBytes;

    CsvUploadLimit(ReportCsvImport csv) {
        this.maxRequestBytes = csv.maxBytes() + MULTIPART_ALLOWANCE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/VAADIN/dynamic/resource/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            // answered here, not through the error page: the rest of the body is never read
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The upload has " + request.getContentLengthLong() + " bytes; CSV files of at "
                    + "most " + maxRequestBytes + " bytes are accepted.");
            response.flushBuffer();
            return;
        }
        chain.doFilter(new Bounded(request, maxRequestBytes), response);
    }

    /** The request whose body ends in an error once it passes the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int bytes) throws IOException {
                    read += bytes;
                    if (read > limit) {
                        throw new IOException("The upload is longer than " + limit + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
