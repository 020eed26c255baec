package org.carebridge.gateway.support;

import io.vertx.core.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request over a plain socket, sent byte for byte as written: no client library that would normalise
 * the path, encode it, or refuse an oversized header before the gateway sees it.
 */
public final class RawHttp {

    public record Answer(int status, String head, String body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }

        public JsonObject json() {
            return new JsonObject(body);
        }
    }

    private RawHttp() {
    }

    /** {@code requestHead} is the request line and headers without the final empty line, e.g. "GET /x HTTP/1.1". */
    public static Answer send(int port, String requestHead) {
        return sendAsWritten(port, requestHead + "\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    }

    /** The whole request exactly as given, without the Host and Connection headers {@link #send} adds. */
    public static Answer sendAsWritten(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
            while (!headBytes.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                headBytes.write(b);
            }
            String head = headBytes.toString(StandardCharsets.UTF_8).trim();
            Answer answer = new Answer(Integer.parseInt(head.substring(9, 12)), head, "");
            String length = answer.header("Content-Length");
            // the answer's own length, not the end of the connection: the server may keep reading a refused body
            byte[] body = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
            return new Answer(answer.status(), head, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
