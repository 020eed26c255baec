package org.carebridge.gateway.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A listener on /api/me/notifications over a plain socket, so a test controls exactly how it goes away: a clean
 * close, an abrupt one (TCP reset), or before the gateway even answered.
 */
final class RawStream implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;

    RawStream(URI uri, String token) {
        try {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout(250);
            String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP status of the answer. */
    int status(long timeoutMillis) {
        String line = awaitLine("HTTP/1.1 ", timeoutMillis);
        return line == null ? -1 : Integer.parseInt(line.substring(9, 12));
    }

    /** The first line starting with {@code prefix} (any case) within the time, or null (also when the stream ended). */
    String awaitLine(String prefix, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    return line;
                }
            } catch (SocketTimeoutException e) {
                // keep waiting
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** True when the gateway ended the stream (the connection closed) within the time. */
    boolean endsWithin(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (in.readLine() == null) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                // keep waiting
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /** Goes away without a goodbye: the TCP connection is reset. */
    void abort() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
