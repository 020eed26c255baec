package org.carebridge.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A replica dying mid-call: it takes each connection, reads the request's first bytes and resets the connection
 * without an answer, as the kernel does for a process killed while it held the call. Counts what it dropped.
 */
public final class DroppingReplica implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger dropped = new AtomicInteger();

    public DroppingReplica() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connection.getInputStream().read(new byte[1024]);
                    dropped.incrementAndGet();
                    connection.setSoLinger(true, 0); // close with RST
                } catch (IOException e) {
                    // the socket closed at the end of the tests
                }
            }
        }, "dropping-replica");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int dropped() {
        return dropped.get();
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
