package org.carebridge.gateway.guard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.gateway.EchoBackend;
import org.carebridge.gateway.support.KeycloakAdmin;
import org.carebridge.gateway.support.RawHttp;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the gateway refuses, and how: paths that are not in normal form never reach a service (the echo backend
 * would answer 200), every 4xx is problem+json without internal names, tokens of another client are refused, and
 * /q/* lives on the management port only. Requests go over a plain socket, exactly as written.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class RefusalsTest {

    private static final List<String> PATH_TRICKS = List.of(
            "/api/cases/..;/..;/q/metrics", "/api/cases/../../q/metrics", "/api/cases/./x", "/api/cases/x/..",
            "/api/cases//x", "//api/cases/x", "/api/cases/%2e%2e/%2e%2e/q/metrics", "/api/cases/%2E%2E%2Fq%2Fmetrics",
            "/api/cases/.%2e/q/metrics", "/api/cases/x%2fy", "/api/cases/x%5cy",
            "/api/cases/%252e%252e/q/metrics", "/api/cases/%25252e/q", "/api/cases/x;jsessionid=1",
            "/api/cases/x%3b/y", "/api/cases/%00", "/api/cases/%c0%ae%c0%ae/q");
    /**
     * Not a valid java.net.URI (a raw backslash, a bad or stray '%'): Quarkus' own root handler (VertxHttpRecorder)
     * answers an empty 400 before the router, so before any gateway code could answer. No hook reaches it.
     */
    private static final List<String> UNDECODABLE = List.of("/api/cases/x\\..\\q", "/api/cases/x%zz",
            "/api/cases/x%2", "/api/cases/abc?q=%zz");

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void pathsNotInNormalFormNeverReachAService() {
        String token = KeycloakTokens.accessToken("anna");
        assertEquals(200, get("/api/cases/abc?q=a%20b", token).status(), "a normal path is forwarded");
        List<String> notRefused = PATH_TRICKS.stream().map(trick -> {
            RawHttp.Answer answer = get(trick, token);
            return isProblem(answer, 400) ? null : trick + " -> " + answer.head() + "\n" + answer.body();
        }).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of(), notRefused, "refused with 400 problem+json");
        for (String trick : UNDECODABLE) {
            assertEquals(400, get(trick, token).status(), trick);
        }
    }

    @Test
    void aTokenIssuedToAnotherClientIsRefused() {
        String foreign = KeycloakAdmin.clientCredentialsToken("network-service-directory",
                "network-service-directory-secret");
        for (String path : List.of("/api/me", "/api/cases", "/api/cases/abc", "/api/me/notifications")) {
            RawHttp.Answer answer = get(path, foreign);
            problem(answer, 401);
            assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), path);
        }
        assertEquals(200, get("/api/me", KeycloakTokens.accessToken("anna")).status());
    }

    @Test
    void everyRefusalIsAProblemWithoutInternalNames() {
        problem(get("/api/me", null), 401);
        problem(get("/api/cases/abc", "not.a.token"), 401);
        String token = KeycloakTokens.accessToken("anna");
        problem(RawHttp.send(gateway.getPort(), "POST /api/cases/abc HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nOrigin: https://evil.example\r\nContent-Length: 0"), 403);
        problem(get("/api/elsewhere/x", token), 404);
        problem(get("/no-such-page.txt", null), 404);
        problem(RawHttp.send(gateway.getPort(), "DELETE /api/me HTTP/1.1\r\nAuthorization: Bearer " + token), 405);
        problem(RawHttp.send(gateway.getPort(), "POST /api/cases/abc HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 5000000"), 413);
        problem(get("/api/cases/" + "x".repeat(9_000), token), 414);
        problem(RawHttp.send(gateway.getPort(), "GET /api/cases/abc HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nX-Padding: " + "p".repeat(20_000)), 431);
    }

    @Test
    void requestsTheRouterRefusesAreProblemsNamingNoClass() {
        // Vert.x Web fails these before any filter runs; Quarkus' error handler would name io.vertx.core.VertxException
        // (no security headers: the filter that adds them never runs for a request that is never routed)
        RawHttp.Answer noHost = RawHttp.sendAsWritten(gateway.getPort(),
                "GET /api/me HTTP/1.1\r\nConnection: close\r\n\r\n");
        problemBody(noHost, 400);
        assertEquals("Bad Request", noHost.json().getString("title"), noHost.body());
        assertTrue(noHost.json().getString("detail").contains("'Host' header is required"), noHost.body());
        problemBody(RawHttp.sendAsWritten(gateway.getPort(),
                "GET ?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void operationsEndpointsAreOnlyOnTheManagementPort() {
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/openapi-public", "/q/health")) {
            problem(get(path, null), 404);
        }
        // the stack resource chose the management port (CarebridgeStackResource: both ports are fixed in tests)
        URI management = URI.create(CarebridgeStackResource.managementUrl());
        assertFalse(gateway.getPort() == management.getPort());
        RawHttp.Answer health = RawHttp.send(management.getPort(), "GET /q/health HTTP/1.1");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("status"));
        assertEquals(200, RawHttp.send(management.getPort(), "GET /q/metrics HTTP/1.1").status());
    }

    @Test
    void noHstsOverPlainHttpWithoutTheTlsFlag() {
        assertNull(get("/signed-out", null).header("Strict-Transport-Security"));
    }

    private RawHttp.Answer get(String target, String token) {
        return RawHttp.send(gateway.getPort(), "GET " + target + " HTTP/1.1"
                + (token == null ? "" : "\r\nAuthorization: Bearer " + token));
    }

    private static boolean isProblem(RawHttp.Answer answer, int status) {
        try {
            problem(answer, status);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static void problem(RawHttp.Answer answer, int status) {
        problemBody(answer, status);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.head());
    }

    private static void problemBody(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.head());
        assertEquals("application/problem+json", String.valueOf(answer.header("Content-Type")), answer.head());
        assertEquals(status, answer.json().getInteger("status"), answer.body());
        assertFalse(answer.body().matches("(?s).*\\b(java|io\\.|org\\.|com\\.)\\w*\\.\\w+.*"), answer.body());
    }
}
