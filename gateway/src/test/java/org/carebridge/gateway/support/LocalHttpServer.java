package org.carebridge.gateway.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/** A stand-in service on a free local port, a thread per exchange (streams hold theirs open). */
public final class LocalHttpServer {

    private LocalHttpServer() {
    }

    public static HttpServer create() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
