package org.carebridge.cases.walk;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.carebridge.cases.CaseEvents;
import org.carebridge.stack.testing.TestStack;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.handover;
import static org.carebridge.cases.CaseApi.newCase;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.carebridge.cases.CaseApi.requestHandover;

/**
 * One concrete, valid call for every operation under /api/cases, on a case of anna's that has one of everything
 * (team, goal, consent, escalation, pending handover to ben). The walks pair these with the OpenAPI document and
 * fail on any documented operation that has no call here.
 */
final class CaseCalls {

    /** Who may use an operation; decides what the walk expects of each outsider. */
    enum Access {
        /** case workers on the case's team; another team's case worker gets 404, other roles 403 */
        TEAM,
        /** any case worker, about their own cases or handovers; other roles 403 */
        OWN,
        /** only the receiver of the handover; any other case worker 404, other roles 403 */
        RECEIVER,
        /** auditors only; everyone else 403 */
        AUDITOR,
        /** network admins only; everyone else 403 */
        NETWORK_ADMIN
    }

    /** A valid call: {@code user} may make it (the bad-input walk sends as them), {@code body} null when none. */
    record Call(Access access, String user, Map<String, Object> body) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    final String caseId;
    final String goalId;
    final String consentId;
    final String escalationId;
    final String handoverId;
    final String deadLetterId;
    private final Map<String, Call> calls = new LinkedHashMap<>();

    private CaseCalls(String caseId, String goalId, String consentId, String escalationId, String handoverId,
                      String deadLetterId) {
        this.caseId = caseId;
        this.goalId = goalId;
        this.consentId = consentId;
        this.escalationId = escalationId;
        this.handoverId = handoverId;
        this.deadLetterId = deadLetterId;
    }

    /** Creates anna's case with ben on the team, a goal, a consent, an escalation and a lead handover to ben. */
    static CaseCalls onNewCase() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        String goal = as("anna").body(goal(LocalDate.now().plusDays(20)))
                .when().post("/api/cases/{id}/goals", id).then().statusCode(201).extract().path("id");
        String consent = as("anna").body(Map.of("member", "ben", "purpose", "JOURNAL", "givenBy", "GUARDIAN"))
                .when().post("/api/cases/{id}/consents", id).then().statusCode(201).extract().path("id");
        String escalation = escalate("anna", id);
        String handover = requestHandover("anna", id, handover("LEAD", "LEAD_CHANGE", "ben", "social-services", null));
        return new CaseCalls(id, goal, consent, escalation, handover, deadLetter()).define();
    }

    /** A record case-service can never apply, so that the dead-letter operations have one to read. */
    private static String deadLetter() {
        try (CaseEvents events = new CaseEvents(new KafkaCompanion(TestStack.current().bootstrapServers()))) {
            events.send("advisory.advice", "walk", "not a CloudEvent " + UUID.randomUUID());
        }
        return await().atMost(Duration.ofSeconds(30)).until(() -> as("nils").when().get("/api/cases/dead-letters")
                .then().statusCode(200).extract().<String>path("items[0].id"), Objects::nonNull);
    }

    private static Map<String, Object> goal(LocalDate due) {
        return Map.of("domain", "WORK", "title", "Internship", "owner", "anna", "dueDate", due.toString());
    }

    private CaseCalls define() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Map<String, Object> update = newCase("X", "Y", LocalDate.of(2010, 1, 1));
        team("GET /api/cases/{id}", null);
        team("PUT /api/cases/{id}", update);
        team("GET /api/cases/{id}/members", null);
        team("POST /api/cases/{id}/members", Map.of("username", "carla", "organisation", "school", "role", "coach"));
        team("PUT /api/cases/{id}/members/{username}", Map.of("organisation", "school", "role", "coach"));
        team("DELETE /api/cases/{id}/members/{username}", null);
        team("PUT /api/cases/{id}/lead", Map.of("username", "ben"));
        team("GET /api/cases/{id}/goals", null);
        team("POST /api/cases/{id}/goals", goal(LocalDate.now().plusDays(1)));
        team("GET /api/cases/{id}/goals/{goalId}", null);
        team("PUT /api/cases/{id}/goals/{goalId}",
                Map.of("title", "x", "owner", "anna", "dueDate", tomorrow, "status", "DROPPED"));
        team("GET /api/cases/{id}/notes", null);
        team("POST /api/cases/{id}/notes", Map.of("kind", "NOTE", "text", "x"));
        team("GET /api/cases/{caseId}/timeline", null);
        team("GET /api/cases/{id}/consents", null);
        team("POST /api/cases/{id}/consents", Map.of("member", "ben", "purpose", "IDENTITY", "givenBy", "YOUTH"));
        team("POST /api/cases/{id}/consents/{consentId}/revoke", null);
        team("POST /api/cases/{id}/close", Map.of("outcome", "OTHER"));
        team("POST /api/cases/{caseId}/escalations", newEscalation());
        team("GET /api/cases/{caseId}/escalations", null);
        team("GET /api/cases/{caseId}/escalations/{escalationId}", null);
        team("POST /api/cases/{caseId}/escalations/{escalationId}/withdrawal", null);
        team("GET /api/cases/{caseId}/suggestions?barrier=SCHOOL_ACCESS", null);
        team("POST /api/cases/{caseId}/handovers", handover("CASE", "MOVE", "ben", "school", tomorrow));
        team("GET /api/cases/{caseId}/handovers", null);
        team("GET /api/cases/{caseId}/handovers/{handoverId}", null);
        team("POST /api/cases/{caseId}/handovers/{handoverId}/withdrawal", null);
        calls.put("GET /api/cases", new Call(Access.OWN, "anna", null));
        calls.put("POST /api/cases", new Call(Access.OWN, "anna", newCase("Samira", "Walk", LocalDate.of(2010, 1, 1))));
        calls.put("GET /api/cases/handovers/incoming", new Call(Access.OWN, "ben", null));
        calls.put("GET /api/cases/alerts", new Call(Access.OWN, "ben", null));
        calls.put("GET /api/me/work", new Call(Access.OWN, "ben", null));
        calls.put("POST /api/cases/handovers/{handoverId}/accept", new Call(Access.RECEIVER, "ben", null));
        calls.put("POST /api/cases/handovers/{handoverId}/decline", new Call(Access.RECEIVER, "ben", null));
        calls.put("GET /api/cases/audit", new Call(Access.AUDITOR, "otto", null));
        calls.put("POST /api/cases/{id}/erasure",
                new Call(Access.NETWORK_ADMIN, "nils", Map.of("reason", "YOUTH_REQUEST")));
        calls.put("GET /api/cases/{id}/team-allowances", new Call(Access.NETWORK_ADMIN, "nils", null));
        calls.put("POST /api/cases/{id}/team-allowances", new Call(Access.NETWORK_ADMIN, "nils",
                Map.of("username", "carla", "reason", "Moved to the south and stays the youth's coach")));
        calls.put("DELETE /api/cases/{id}/team-allowances/{username}", new Call(Access.NETWORK_ADMIN, "nils", null));
        calls.put("GET /api/cases/dead-letters", new Call(Access.NETWORK_ADMIN, "nils", null));
        calls.put("GET /api/cases/dead-letters/{deadLetterId}", new Call(Access.NETWORK_ADMIN, "nils", null));
        calls.put("POST /api/cases/dead-letters/{deadLetterId}/replay", new Call(Access.NETWORK_ADMIN, "nils", null));
        return this;
    }

    private void team(String key, Map<String, Object> body) {
        calls.put(key, new Call(Access.TEAM, "anna", body));
    }

    /** "METHOD /path/template" as the OpenAPI document has it (a query string here is a required parameter). */
    Map<String, Call> byOperation() {
        Map<String, Call> byKey = new LinkedHashMap<>();
        calls.forEach((key, call) -> byKey.put(key.replaceAll("\\?.*", ""), call));
        return byKey;
    }

    /** The call's query string (required parameters), or "". */
    String query(String operationKey) {
        return calls.keySet().stream().filter(k -> k.replaceAll("\\?.*", "").equals(operationKey))
                .map(k -> k.contains("?") ? k.substring(k.indexOf('?')) : "").findFirst().orElse("");
    }

    /** The ids of this case for each path parameter name; {@code username} is ben, a member. */
    Map<String, String> pathValues() {
        return Map.of("id", caseId, "caseId", caseId, "goalId", goalId, "consentId", consentId,
                "escalationId", escalationId, "handoverId", handoverId, "username", "ben",
                "deadLetterId", deadLetterId);
    }

    /** The template with each {name} replaced by {@code values}, plus the operation's required query string. */
    String path(String operationKey, Map<String, String> values) {
        String template = operationKey.substring(operationKey.indexOf(' ') + 1);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for path parameter " + m.group(1) + " of " + operationKey);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out + query(operationKey);
    }

    /** Sends {@code body} (a Map/List serialised as JSON, or a raw String sent as is) as {@code user}. */
    static Response send(String user, String method, String path, Object body, ContentType type) {
        RequestSpecification request = as(user);
        if (body != null) {
            request = request.contentType(type).body(body);
        }
        return request.urlEncodingEnabled(false).when().request(method, path);
    }

    static List<String> outsiders() {
        return List.of("carla", "bruno", "sofie", "ada", "otto");
    }
}
