package org.policytracker.api;

import java.io.IOException;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.policytracker.security.ApiProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's own refusals under /api as problem JSON instead of its HTML error page: a request that
 * Tomcat refuses before any filter or servlet sees it (request headers over
 * {@code server.max-http-request-header-size}, a malformed request line) is answered by the host's
 * error report valve, which this replaces with one that writes problem JSON for /api paths and
 * Tomcat's page (without server details) elsewhere.
 *
 * <p>Ordered last so that it runs after Spring Boot's own customizer, whose error report valve it
 * takes the place of.
 */
@Component
class ApiConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final DataSize maxHeaderSize;

    ApiConnectorErrors(@Value("${server.max-http-request-header-size}") DataSize maxHeaderSize) {
        this.maxHeaderSize = maxHeaderSize;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                // the host adds a valve of this class at start only if none is there yet
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                pipeline.addValve(new ProblemErrorReportValve(maxHeaderSize));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Problem JSON for an error response under /api that nothing else has written. */
    static final class ProblemErrorReportValve extends ErrorReportValve {

        private final DataSize maxHeaderSize;

        ProblemErrorReportValve(DataSize maxHeaderSize) {
            this.maxHeaderSize = maxHeaderSize;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getRequestURI();
            if (path == null || !path.startsWith("/api/") || response.getStatus() < 400
                    || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    status == null ? HttpStatus.BAD_REQUEST : status, status == HttpStatus.BAD_REQUEST
                            ? "The request could not be read: its request line is malformed or its headers are "
                                    + "larger than " + maxHeaderSize.toKilobytes() + " KB."
                            : "The server refused the request before reading it.");
            try {
                ApiProblemResponses.send(request, response, problem);
                response.finishResponse();
            } catch (IOException | IllegalStateException connectionGone) {
                // nothing more can be sent on this connection
            }
        }
    }
}
