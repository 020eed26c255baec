package org.carebridge.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.carebridge.e2e.OtlpReceiver.ReceivedSpan;
import org.carebridge.stack.Ports;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One escalation's way through the packaged system is one trace: through the gateway into case-service and its
 * database, out through the outbox and Kafka into network-service (and its live notification), and, when the bridge
 * refers it, through network-service's outbox into advisory-service; case-service's digest reaches advisory-service
 * in the same trace. The spans come to a collector in this JVM over OTLP, as the services would send them to any.
 * The test plays an instrumented client: its requests carry a trace of its own, which the gateway continues.
 * With the relay sending every row under a fresh root instead of its stored context, the trace holds the HTTP
 * requests only, no send and no intake, and this test fails (tried 2026-12-05).
 */
class TraceIT {

    private static final String CLIENT_SPAN = hex(8);
    private static final String TRACE = hex(16);

    static SystemUnderTest system;
    static OtlpReceiver collector;

    @BeforeAll
    static void startTheSystemAndTheCollector() throws IOException {
        system = SystemUnderTest.start();
        RestAssured.baseURI = system.gatewayUrl();
        collector = OtlpReceiver.listen(Ports.HOST, system.otlpPort());
    }

    @AfterAll
    static void stopTheCollector() {
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    void oneEscalationIsOneTraceAcrossTheServicesAndKafka() {
        String caseId = inTrace("anna").body(Map.of(
                        "youth", Map.of("givenName", "Trace", "familyName", "Walker", "dateOfBirth", "2009-05-02"),
                        "intensity", "INTENSIVE", "domains", List.of("SCHOOL")))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        String escalationId = inTrace("anna").body(Map.of("barrier", "SCHOOL_ACCESS", "urgency", "HIGH",
                        "whatWasTried", "Two meetings with the school", "triedMeasures", List.of("TEAM_MEETING")))
                .post("/api/cases/{id}/escalations", caseId).then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> inTrace("bruno").get("/api/network/escalations")
                .then().statusCode(200).body("items.id", hasItem(escalationId)));
        inTrace("bruno").post("/api/network/escalations/{id}/claim", escalationId).then().statusCode(200);
        String referralId = inTrace("bruno").body(Map.of("question", "Which school route fits a mid-year arrival?"))
                .post("/api/network/escalations/{id}/referral", escalationId)
                .then().statusCode(201).extract().path("referral.id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                inTrace("ada").get("/api/advisory/referrals/{id}", referralId).then().statusCode(200));

        String escalations = "/api/cases/" + caseId + "/escalations";
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<ReceivedSpan> trace = collector.inTrace(TRACE);
            // the gateway's request, and case-service's answer to the call the gateway relayed
            has(trace, "gateway", span -> "SPAN_KIND_SERVER".equals(span.kind())
                    && escalations.equals(span.attributes().get("url.path")));
            has(trace, "case-service", span -> "SPAN_KIND_SERVER".equals(span.kind())
                    && escalations.equals(span.attributes().get("url.path")));
            has(trace, "case-service", TraceIT::isDatabaseCall);
            has(trace, "case-service", span -> "SPAN_KIND_PRODUCER".equals(span.kind())
                    && span.name().startsWith("case.escalations"));
            // the relay's send and the next service's intake, restored from the outbox row and the record's header
            has(trace, "network-service", span -> span.name().equals(
                    "network-service.case-escalations apply case.escalated.v1"));
            has(trace, "network-service", span -> isDatabaseCall(span) && statement(span).contains("pg_notify"));
            has(trace, "network-service", span -> "SPAN_KIND_PRODUCER".equals(span.kind())
                    && span.name().startsWith("network.referrals"));
            has(trace, "advisory-service", span -> span.name().equals(
                    "advisory-service.network-referrals apply network.referred-to-advisory.v1"));
            has(trace, "advisory-service", span -> span.name().equals(
                    "advisory-service.case-digests apply case.digest.v1"));
            // one tree: every span hangs from another of the trace, up to the client's own
            Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
            List<ReceivedSpan> orphans = trace.stream()
                    .filter(span -> !ids.contains(span.parentSpanId()) && !CLIENT_SPAN.equals(span.parentSpanId()))
                    .toList();
            assertEquals(List.of(), orphans, "spans whose parent is not in the trace");
        });
    }

    /** A request of this test's trace, with a parent span of its own, as a W3C-instrumented client sends it. */
    private static RequestSpecification inTrace(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user)).contentType("application/json")
                .header("traceparent", "00-" + TRACE + "-" + CLIENT_SPAN + "-01");
    }

    private static void has(List<ReceivedSpan> trace, String service, Predicate<ReceivedSpan> what) {
        assertTrue(trace.stream().filter(span -> service.equals(span.service())).anyMatch(what),
                () -> "no such span of " + service + " in trace " + TRACE + "; it has: " + trace.stream()
                        .map(span -> span.service() + " " + span.kind() + " " + span.name()).sorted().toList());
    }

    private static boolean isDatabaseCall(ReceivedSpan span) {
        return "SPAN_KIND_CLIENT".equals(span.kind()) && span.attributes().keySet().stream()
                .anyMatch(key -> key.startsWith("db."));
    }

    private static String statement(ReceivedSpan span) {
        return span.attributes().getOrDefault("db.query.text", span.attributes().getOrDefault("db.statement", ""));
    }

    private static String hex(int bytes) {
        byte[] id = new byte[bytes];
        new SecureRandom().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
