package org.carebridge.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Loopback port helpers: everything the stack runs listens on 127.0.0.1 only. */
public final class Ports {
    public static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /**
     * Every port {@link #free()} handed out in this JVM: a plan picks all its ports before anything binds them, and
     * the OS may offer a port again once its probe socket closed (a CI run gave the mail box's POP3 port to
     * network-service as well, which then refused to start).
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** A port the OS considers free right now and not handed out before (a race with the child binding it is accepted). */
    public static int free() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = probe();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port left that was not handed out already");
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 300);
            // a port of the ephemeral range nobody listens on can "answer" a connect the kernel gave that very port
            // as its source (a TCP self-connect): that is no listener
            return socket.getLocalPort() != port;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses to start {@code what} while another process listens on one of its ports; a port that frees within a
     * few seconds (a process just killed, a restart) is waited for first.
     */
    public static void requireFree(String what, int... ports) {
        for (int port : ports) {
            if (inUse(port) && !awaitClosed(port, Duration.ofSeconds(10))) {
                throw new IllegalStateException(what + " port " + port + " is already in use; stop what listens there"
                        + " (or ./carebridge stop) and try again");
            }
        }
    }

    public static boolean awaitClosed(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inUse(port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Sleep.millis(200);
        }
        return true;
    }
}
