package org.carebridge.peer;

import org.carebridge.peer.engine.CaseEngine;
import org.carebridge.peer.web.PeerServer;
import org.carebridge.peer.web.TokenCheck;
import org.carebridge.peer.workflow.EscalationWorkflow;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the Flowable peer: {@code java org.carebridge.peer.PeerMain --jdbc-url URL --realm-url URL [--port 8099]
 * [--jdbc-user postgres] [--jdbc-password postgres] [--threads 32] [--connections 20] [--renotify-after PT24H] [--timers true]}.
 * Prints "peer ready" once it serves; bench/run starts it beside the Carebridge it measures.
 */
public final class PeerMain {
    /**
     * The engine logs every exception that leaves a command as an error, refusals (404, 409) included; the server
     * logs the failures that are errors itself. Held here so the logger, and its level, is not collected.
     */
    private static final Logger COMMAND_LOG = Logger.getLogger("org.flowable.common.engine.impl.interceptor.CommandContext");

    private PeerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Running peer = start(o);
        Runtime.getRuntime().addShutdownHook(new Thread(peer::close, "peer-stop"));
        System.out.println("peer ready on http://127.0.0.1:" + peer.server().port());
    }

    /** The engine and the HTTP server, for bench/run and for the test, which stops them itself. */
    public record Running(CaseEngine engine, PeerServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            engine.close();
        }
    }

    public static Running start(Map<String, String> o) throws java.io.IOException {
        COMMAND_LOG.setLevel(Level.OFF);
        String realm = require(o, "realm-url");
        CaseEngine engine = new CaseEngine(require(o, "jdbc-url"), o.getOrDefault("jdbc-user", "postgres"),
                o.getOrDefault("jdbc-password", "postgres"), Integer.parseInt(o.getOrDefault("connections", "20")),
                Boolean.parseBoolean(o.getOrDefault("timers", "true")));
        // the realm's keys and its issuer name, as Carebridge's quarkus.oidc.auth-server-url gives them
        TokenCheck tokens = new TokenCheck(o.getOrDefault("jwks-url", realm + "/protocol/openid-connect/certs"),
                realm, o.getOrDefault("audience", "carebridge-api"));
        Duration renotifyAfter = Duration.parse(o.getOrDefault("renotify-after", "PT24H"));
        PeerServer server = new PeerServer(Integer.parseInt(o.getOrDefault("port", "8099")),
                Integer.parseInt(o.getOrDefault("threads", "32")), tokens,
                streams -> new EscalationWorkflow(engine, Clock.systemUTC(), renotifyAfter, streams));
        return new Running(engine, server);
    }

    private static String require(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
