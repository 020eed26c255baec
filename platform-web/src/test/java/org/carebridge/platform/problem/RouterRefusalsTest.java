package org.carebridge.platform.problem;

import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests Vert.x Web refuses before any route runs (no Host header, an empty path) reach the failure handlers with a
 * 4xx and a VertxException: StatusFailures answers them as problem+json, where Quarkus' error handler would name the
 * exception class. A plain Vert.x router and a raw socket, as no HTTP client sends such requests.
 */
class RouterRefusalsTest {

    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new StatusFailures().install(router);
        // a role check or a session that ended, failing the route as Quarkus' HTTP security does
        router.route("/api/refused").handler(ctx -> ctx.fail(new UnauthorizedException()));
        router.route("/page").handler(ctx -> ctx.fail(new UnauthorizedException()));
        router.route().handler(ctx -> ctx.end("routed"));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestWithoutHostIsAProblemNamingTheHeader() throws IOException {
        String answer = send("GET /api/cases HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 400);
        assertTrue(answer.contains("'Host' header is required"), answer);
    }

    @Test
    void anEmptyPathIsAProblem() throws IOException {
        assertProblem(send("GET ?x=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void aWellFormedRequestIsRouted() throws IOException {
        assertTrue(send("GET /api/cases HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").endsWith("routed"));
    }

    @Test
    void aSecurityFailureUnderApiIsA401ProblemWithTheBearerChallenge() throws IOException {
        String answer = send("GET /api/refused HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 401);
        assertTrue(answer.contains("WWW-Authenticate: Bearer"), answer);
    }

    @Test
    void aSecurityFailureOfAPageIsLeftToQuarkusWhichSendsTheBrowserToTheLogin() throws IOException {
        // no Quarkus here: the failure reaches Vert.x' own last handler, which is what "passed on" looks like
        String answer = send("GET /page HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertFalse(answer.toLowerCase().contains("application/problem+json"), answer);
    }

    private static void assertProblem(String answer, int status) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":" + status) && answer.contains("\"title\":"), answer);
        assertFalse(answer.contains("Exception") || answer.contains("io.vertx"), answer);
    }

    private static String send(String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.actualPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
