package org.policytracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that ordinary clients refuse to send or send
 * differently: blank or oversized headers, a declared length with a body that never fully comes.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A raw answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends the request, the body from another thread (a server that answers without reading it
     * must not wait for it), and reads the answer by its framing, not until the connection closes.
     */
    public static Answer exchange(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws Exception {
        return exchange(port, method, target, headers, body == null ? -1 : body.length, out -> {
            if (body != null) {
                out.write(body);
            }
        });
    }

    /** Sends a body of {@code length} zero bytes, written a mebibyte at a time (not held in memory). */
    public static Answer exchangeZeros(int port, String method, String target, Map<String, String> headers,
            long length) throws Exception {
        return exchange(port, method, target, headers, length, out -> {
            byte[] block = new byte[1024 * 1024];
            for (long left = length; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        });
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Answer exchange(int port, String method, String target, Map<String, String> headers, long length,
            Body body) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nConnection: close\r\n");
            if (!headers.containsKey("Host")) {
                head.append("Host: localhost\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (length >= 0 && !headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
                head.append("Content-Length: ").append(length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server refused the body and closed the connection: expected for oversized ones
                }
            });
            Answer answer = read(socket.getInputStream());
            socket.close();
            sender.join();
            return answer;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the end of the answer's headers: " + head);
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        String body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(in);
        } else if (headers.containsKey("content-length")) {
            body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(line(in).trim(), 16);
            if (size == 0) {
                line(in);
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
