package org.carebridge.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.carebridge.stack.Databases;
import org.carebridge.stack.Postgres;
import org.carebridge.stack.StackState;
import org.flowable.job.api.Job;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Flowable peer on a real PostgreSQL: the escalation workflow walked once over HTTP (case, escalation with its
 * live-stream event and re-notify timer, claim, referral, advice, resolution), and the refusals Carebridge makes.
 * Tokens are real RS256 JWTs of a key this test serves as JWKS, so the peer's check runs as it does against Keycloak.
 */
class FlowablePeerTest {
    private static final String REALM = "http://127.0.0.1/realms/carebridge";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Postgres postgres;
    static String jdbcBase;
    static String database;
    static HttpServer jwks;
    static RsaJsonWebKey key;
    static PeerMain.Running peer;

    @BeforeAll
    static void start() throws Exception {
        postgres = new Postgres(dir, 0, false, Postgres.Mode.fromEnv());
        StackState state = StackState.fresh(dir);
        postgres.start(state);
        jdbcBase = state.require(StackState.JDBC_BASE);
        // named as the stack's test databases are, so a crashed run's is dropped by the next supervisor start
        database = "cbt" + ProcessHandle.current().pid() + "_peer";
        Databases.dropDatabase(jdbcBase, database);
        Databases.createDatabase(jdbcBase, database, "postgres", false);
        key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("test-key");
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JsonWebKeySet(key).toJson().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/certs", exchange -> {
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        jwks.start();
        // the test fires the re-notify timer itself; the engine's executor would race it for the job
        peer = PeerMain.start(Map.of("jdbc-url", jdbcBase + database, "realm-url", REALM, "port", "0", "timers", "false",
                "jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (peer != null) {
            peer.close();
        }
        if (jwks != null) {
            jwks.stop(0);
        }
        Databases.dropDatabase(jdbcBase, database);
        postgres.stop();
    }

    @Test
    void walksTheEscalationWorkflowOnce() throws Exception {
        CompletableFuture<JsonNode> announced = new CompletableFuture<>();
        String caseId = post("ben", "/peer/cases", "{\"team\":[\"anna\"]}", 201).get("id").asText();
        listen("bruno", caseId, announced);

        JsonNode escalation = post("anna", "/peer/cases/" + caseId + "/escalations", "{\"barrier\":\"SCHOOL_ACCESS\","
                + "\"urgency\":\"HIGH\",\"whatWasTried\":\"two meetings\",\"triedMeasures\":[\"TEAM_MEETING\"]}", 201);
        String escalationId = escalation.get("id").asText();
        assertEquals(escalationId, announced.get(10, TimeUnit.SECONDS).get("id").asText(), "bruno's stream");
        Instant due = Instant.parse(escalation.get("dueDate").asText());
        assertTrue(due.isAfter(Instant.now().plus(Duration.ofDays(4))), "due in 5 days for HIGH: " + due);

        // the re-notify timer waits 24 h; fired here by hand, it records the re-notification on the case
        Job timer = peer.engine().management().createTimerJobQuery().caseInstanceId(caseId).singleResult();
        assertTrue(timer.getDuedate().toInstant().isAfter(Instant.now().plus(Duration.ofHours(23))));
        peer.engine().management().moveTimerToExecutableJob(timer.getId());
        peer.engine().management().executeJob(timer.getId());
        assertEquals(1, peer.engine().runtime().getVariable(caseId, "renotified"));

        assertEquals("bruno", post("bruno", "/peer/escalations/" + escalationId + "/claim", "", 200).get("owner").asText());
        String referralId = post("bruno", "/peer/escalations/" + escalationId + "/referral",
                "{\"question\":\"what works for school access?\"}", 200).get("referralId").asText();
        post("ada", "/peer/referrals/" + referralId + "/advice", "{\"advice\":\"a school mediator\"}", 200);
        post("bruno", "/peer/escalations/" + escalationId + "/resolution",
                "{\"outcome\":\"RESOLVED\",\"advice\":\"ask for the mediator\"}", 200);

        assertEquals("a school mediator", peer.engine().runtime().getVariable(caseId, "advice"));
        assertEquals(0, peer.engine().tasks().createTaskQuery().caseInstanceId(caseId).count(), "no open task");
        assertEquals(1, peer.engine().runtime().createCaseInstanceQuery().caseInstanceId(caseId).count(),
                "the case stays open after its escalation ended");
    }

    @Test
    void refusesWhatCarebridgeRefuses() throws Exception {
        String caseId = post("ben", "/peer/cases", "{}", 201).get("id").asText();
        String path = "/peer/cases/" + caseId + "/escalations";
        String body = "{\"barrier\":\"HOUSING\",\"urgency\":\"LOW\",\"whatWasTried\":\"calls\"}";
        assertEquals(401, send(null, path, body).statusCode(), "no token");
        RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
        stranger.setKeyId("test-key");
        assertEquals(401, send(token("ben", stranger), path, body).statusCode(), "a key not of the realm");
        assertEquals(404, send(token("anna", key), path, body).statusCode(), "not on the team");
        assertField("urgency", send(token("ben", key), path, body.replace("LOW", "SOON")));
        assertField("color", send(token("ben", key), path, body.replace("{", "{\"color\":\"red\",")));
        String escalationId = post("ben", path, body, 201).get("id").asText();
        assertEquals(409, send(token("ben", key), path, body).statusCode(), "one open escalation per case");

        String claim = "/peer/escalations/" + escalationId + "/claim";
        assertEquals(404, send(token("sofie", key), claim, "").statusCode(), "a coordinator of another region");
        assertEquals(403, send(token("ben", key), claim, "").statusCode(), "a case worker");
        post("bruno", claim, "", 200);
        assertEquals(409, send(token("berit", key), claim, "").statusCode(), "claimed already");
        assertEquals(403, send(token("berit", key), "/peer/escalations/" + escalationId + "/resolution",
                "{\"outcome\":\"RESOLVED\",\"advice\":\"x\"}").statusCode(), "not the owner");
    }

    private static void assertField(String field, HttpResponse<String> response) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(field, JSON.readTree(response.body()).path("errors").path(0).path("field").asText());
    }

    private static JsonNode post(String user, String path, String body, int status) throws Exception {
        HttpResponse<String> response = send(token(user, key), path, body);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the user's live stream and completes {@code announced} with the escalation of {@code caseId}. */
    private static void listen(String user, String caseId, CompletableFuture<JsonNode> announced) throws Exception {
        CompletableFuture<Void> connected = new CompletableFuture<>();
        HttpRequest request = HttpRequest.newBuilder(uri("/peer/me/notifications"))
                .header("Authorization", "Bearer " + token(user, key)).GET().build();
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            String[] event = {null};
            response.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring(6).strip();
                    if (event[0].equals("connected")) {
                        connected.complete(null);
                    }
                } else if (line.startsWith("data:") && "NEW_ESCALATION".equals(event[0])) {
                    try {
                        JsonNode data = JSON.readTree(line.substring(5));
                        if (data.path("caseId").asText().equals(caseId)) {
                            announced.complete(data);
                        }
                    } catch (Exception e) {
                        announced.completeExceptionally(e);
                    }
                }
            });
        });
        connected.get(10, TimeUnit.SECONDS);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + peer.server().port() + path);
    }

    /** A realm access token as Keycloak issues one: username, realm roles, region, audience carebridge-api. */
    private static String token(String user, RsaJsonWebKey signer) throws Exception {
        Map<String, String[]> who = Map.of("ben", new String[]{"case-worker", "north"},
                "anna", new String[]{"case-worker", "north"}, "bruno", new String[]{"bridge-coordinator", "north"},
                "berit", new String[]{"bridge-coordinator", "north"}, "sofie", new String[]{"bridge-coordinator", "south"},
                "ada", new String[]{"advisory-member", "north"});
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(REALM);
        claims.setAudience("carebridge-api");
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setClaim("preferred_username", user);
        claims.setClaim("region", who.get(user)[1]);
        claims.setClaim("realm_access", Map.of("roles", List.of(who.get(user)[0])));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivateKey());
        jws.setKeyIdHeaderValue(signer.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
