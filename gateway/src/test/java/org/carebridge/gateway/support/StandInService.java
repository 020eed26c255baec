package org.carebridge.gateway.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A stand-in for a service behind the gateway, started as a test resource: a real HTTP server on a free local port
 * for as long as the tests that name it run. A subclass says what it answers and which settings point the gateway
 * at it; starting, addressing and stopping the server is written here once.
 */
public abstract class StandInService implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public final Map<String, String> start() {
        server = LocalHttpServer.create();
        answer(server);
        server.start();
        return settings(url());
    }

    /** Adds the contexts the stand-in answers on. */
    protected abstract void answer(HttpServer server);

    /** The gateway's settings that point it at the stand-in, which listens at {@code url}. */
    protected abstract Map<String, String> settings(String url);

    /** Where the stand-in listens, for answers that name it (a Location header). */
    protected final String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
