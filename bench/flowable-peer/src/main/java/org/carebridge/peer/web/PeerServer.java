package org.carebridge.peer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.carebridge.peer.workflow.Caller;
import org.carebridge.peer.workflow.EscalationWorkflow;
import org.carebridge.peer.workflow.Refusal;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer's HTTP API over the JDK's HttpServer, one route per step the benchmark drives on Carebridge. Every call
 * but the health check needs a valid token; refusals are problem+json as Carebridge's are.
 */
public final class PeerServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PeerServer.class.getName());
    private static final String ID = "([0-9a-f-]{36})";
    private static final Pattern ESCALATE = Pattern.compile("/peer/cases/" + ID + "/escalations");
    private static final Pattern ESCALATION_STEP = Pattern.compile("/peer/escalations/" + ID + "/(claim|referral|resolution)");
    private static final Pattern ADVICE = Pattern.compile("/peer/referrals/" + ID + "/advice");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final TokenCheck tokens;
    private final EscalationWorkflow workflow;
    private final NotificationStreams streams = new NotificationStreams(json);

    /** @param workflowOf builds the workflow with the streams it tells of new escalations */
    public PeerServer(int port, int threadCount, TokenCheck tokens,
                      Function<Consumer<Map<String, Object>>, EscalationWorkflow> workflowOf)
            throws IOException {
        this.tokens = tokens;
        this.workflow = workflowOf.apply(streams::newEscalation);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        // a fixed pool of blocking workers, as Quarkus runs blocking endpoints; the live streams hold none of them
        threads = Executors.newFixedThreadPool(threadCount);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (Refusal refusal) {
            problem(exchange, refusal.status(), refusal.getMessage(), refusal.field());
        } catch (FlowableObjectNotFoundException e) {
            problem(exchange, 404, "not found", null);
        } catch (FlowableOptimisticLockingException e) {
            problem(exchange, 409, "changed by another request at the same time; try again", null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " failed", e);
            problem(exchange, 500, "internal error", null);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("GET") && path.equals("/peer/health")) {
            answer(exchange, 200, Map.of("status", "UP"));
            return;
        }
        Caller caller = tokens.caller(exchange.getRequestHeaders().getFirst("Authorization"));
        Matcher m;
        if (method.equals("GET") && path.equals("/peer/me/notifications")) {
            streams.open(caller, exchange);
        } else if (method.equals("GET") && path.equals("/peer/escalations")) {
            answer(exchange, 200, workflow.inbox(caller));
        } else if (method.equals("POST") && path.equals("/peer/cases")) {
            Body body = body(exchange, "team");
            answer(exchange, 201, workflow.openCase(caller, body.texts("team")));
        } else if (method.equals("POST") && (m = ESCALATE.matcher(path)).matches()) {
            Body body = body(exchange, "barrier", "urgency", "whatWasTried", "triedMeasures");
            body.texts("triedMeasures"); // read for its type only: the peer keeps no ladder of measures
            answer(exchange, 201, workflow.escalate(caller, m.group(1), body.text("barrier"), body.text("urgency"),
                    body.text("whatWasTried")));
        } else if (method.equals("POST") && (m = ESCALATION_STEP.matcher(path)).matches()) {
            answer(exchange, 200, step(caller, m.group(1), m.group(2), exchange));
        } else if (method.equals("POST") && (m = ADVICE.matcher(path)).matches()) {
            answer(exchange, 200, workflow.advise(caller, m.group(1), body(exchange, "advice").text("advice")));
        } else {
            problem(exchange, 404, "no such resource", null);
        }
    }

    private Object step(Caller caller, String escalationId, String step, HttpExchange exchange) {
        return switch (step) {
            case "claim" -> {
                body(exchange);
                yield workflow.claim(caller, escalationId);
            }
            case "referral" -> workflow.refer(caller, escalationId, body(exchange, "question").text("question"));
            default -> {
                Body body = body(exchange, "outcome", "advice");
                yield workflow.resolve(caller, escalationId, body.text("outcome"), body.text("advice"));
            }
        };
    }

    private Body body(HttpExchange exchange, String... fields) {
        return Body.read(json, exchange.getRequestBody(), Set.of(fields));
    }

    private void answer(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(value));
    }

    private void problem(HttpExchange exchange, int status, String detail, String field) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", status);
        problem.put("title", status == 400 ? "Bad request" : detail);
        problem.put("detail", detail);
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        if (status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        send(exchange, status, "application/problem+json", json.writeValueAsBytes(problem));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=" + StandardCharsets.UTF_8.name());
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
