package org.policytracker.shell;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.websocket.server.ServerContainer;
import java.util.Collections;
import java.util.Enumeration;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What each open push WebSocket (one per signed-in page) holds on the server. Measured with
 * {@code SessionMemoryBenchmark} (docs/BENCHMARKS.md), per connection: 48 KB of Atmosphere buffers that are never
 * written to, 56 KB of heap (plus zlib's native state) for compressing the frames, and 22 KB of read buffers for
 * messages the browser does not send this way; then 24 KB of frame buffers, the channels Tomcat keeps for reuse and
 * the open channels' read and write buffers.
 */
@Configuration(proxyBeanMethods = false)
class PushConnectionMemory {

    /**
     * Atmosphere gives every WebSocket a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
     * (Vaadin sets 16,384: 48 KB) that it only ever clears; messages are written without them. New connections read
     * the setting when they open, so changing it once the framework is set up is enough.
     */
    @Bean
    VaadinServiceInitListener smallAtmosphereWebSocketBuffers() {
        return event -> {
            if (event.getSource() instanceof VaadinServletService service) {
                String name = JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName());
                if (service.getServlet().getServletContext().getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "16");
                }
            }
        };
    }

    /**
     * Push WebSockets (Vaadin's transport WEBSOCKET_XHR) carry messages from the server only: the browser sends over
     * XHR. Tomcat's buffers for reading a connection's messages (8,192 chars of text and 8 KB binary by default: 24 KB
     * per open page) can therefore be small. New connections take the container's defaults when they open.
     */
    @Bean
    VaadinServiceInitListener smallWebSocketReadBuffers() {
        return event -> {
            if (event.getSource() instanceof VaadinServletService service
                    && service.getServlet().getServletContext().getAttribute(ServerContainer.class.getName())
                            instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(READ_BUFFER);
                container.setDefaultMaxBinaryMessageBufferSize(READ_BUFFER);
            }
        };
    }

    /**
     * Tomcat gives every WebSocket three frame buffers (reading, writing, encoding) of
     * {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, 8 KB by default, read once when Tomcat's WebSocket classes
     * load: before the server starts, unless the operator chose a size ({@code -D}). Longer push messages go out in
     * several writes. And Tomcat keeps the channels of closed connections (2 x 8 KB buffers each) for reuse, by default
     * as many as a share of the heap allows: idle memory that grows with the peak number of connections. Without the
     * cache a new connection allocates its channel, a small cost beside the request it carries. Each open channel (the
     * push WebSocket's and the browser's idle keep-alive connections) has a read and a write buffer of 8 KB by default;
     * 4 KB each halves that for every open page, at the price of more socket calls for large uploads and downloads.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallWebSocketFramesAndNoIdleChannels() {
        return factory -> {
            if (System.getProperty(WEBSOCKET_BUFFER_SIZE) == null) {
                System.setProperty(WEBSOCKET_BUFFER_SIZE, String.valueOf(FRAME_BUFFER));
            }
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.bufferPool", "0");
                connector.setProperty("socket.appReadBufSize", String.valueOf(CHANNEL_BUFFER));
                connector.setProperty("socket.appWriteBufSize", String.valueOf(CHANNEL_BUFFER));
            });
        };
    }

    private static final String WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    /** Bytes of each open connection's read and write buffers. */
    static final int CHANNEL_BUFFER = 4096;

    /** Bytes of each WebSocket frame buffer: a push message of a few changes fits in one write. */
    static final int FRAME_BUFFER = 2048;

    /** Bytes (or chars) for reading a message from the browser: Atmosphere's heartbeats and handshakes fit. */
    static final int READ_BUFFER = 1024;

    /**
     * Push WebSockets without the permessage-deflate extension: Tomcat keeps a 32 KB window and three 8 KB buffers in
     * the heap per compressed connection, besides zlib's native state, for as long as the page stays open. Push
     * messages are small changes of the page; the initial page and the XHR requests are unaffected. Tomcat offers no
     * switch, so the browser's offer is hidden from it.
     */
    @Bean
    FilterRegistrationBean<Filter> pushWithoutCompression() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http ? new HttpServletRequestWrapper(http) {
                    @Override
                    public String getHeader(String name) {
                        return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
                    }
                } : request,
                response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";
}
