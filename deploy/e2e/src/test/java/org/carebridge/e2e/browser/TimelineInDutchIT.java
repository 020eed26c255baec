package org.carebridge.e2e.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: "a timeline entry of each kind is checked rendered in Dutch". A case of a fresh region lives through
 * every kind the API can make (members, lead, consents, goals, each journal kind, an escalation withdrawn and one
 * that climbs to the advisory group and back, each handover ending, closing, erasure); then the case worker's
 * browser renders each of its real entries (kind and params as case-service wrote them) with the web client's own
 * timeline module, in Dutch and in English. An entry passes when its Dutch label differs from the English one and
 * its Dutch line is filled (no {placeholder} left), is neither its English line nor the server's English summary,
 * and shows no code where a label belongs; a note or the advice is the writer's own text in any language. ALERT_RAISED alone is not made here: the scan
 * that raises it waits days of inactivity; its line is checked with the params its check writes.
 */
class TimelineInDutchIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final Path TIMELINE_KINDS =
            Path.of("../../case-service/src/main/java/org/carebridge/cases/timeline/TimelineKind.java");
    /** Lines that are someone's own text in every language (a note, the advice): only their label is translated. */
    static final Set<String> OWN_TEXT = Set.of("NOTE", "YOUTH_VOICE", "PARENT_VOICE", "DECISION", "SIGNAL",
            "ADVICE_RECEIVED");
    /** A code shown as it is (WORK, YOUTH_REQUEST) where its label belongs. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}[A-Z_]*\\b");
    /** What some lines must say in Dutch: the parameters the server writes as codes or English words, translated. */
    static final Map<String, String> DUTCH = Map.of("CASE_UPDATED", "intensiteit, domeinen", "GOAL_SET", "Werk",
            "PERSONAL_DATA_ERASED", "Verzoek van de jongere", "ESCALATED", "Toegang tot school, urgentie Hoog");
    /**
     * Renders each entry with the page's own modules, as the case page does: [kind or kind/step, Dutch label, Dutch
     * text, English label, English text, the server's summary].
     */
    static final String RENDER = """
            const entries = JSON.parse(arguments[0]);
            const done = arguments[arguments.length - 1];
            Promise.all([import('/assets/pages/timeline.js'), import('/assets/i18n.js')]).then(([timeline, i18n]) => {
              const line = (e) => [timeline.entryLabel(e), timeline.entryLines(e).text];
              const rendered = entries.map((e) => {
                i18n.setLanguage('en');
                const english = line(e);
                i18n.setLanguage('nl');
                return [e.kind + (e.params && e.params.step ? '/' + e.params.step : ''), ...line(e), ...english, e.summary];
              });
              done(JSON.stringify(rendered));
            }, (failure) => done('failed: ' + failure));
            """;

    static SystemUnderTest system;
    static KeycloakDirectory.User lead;
    static KeycloakDirectory.User member;
    static KeycloakDirectory.User passerBy;
    static KeycloakDirectory.User coordinator;
    static KeycloakDirectory.User advisor;
    static KeycloakDirectory.User admin;
    static Browser browser;

    @BeforeAll
    static void aFreshRegion() {
        system = SystemUnderTest.start();
        RestAssured.baseURI = system.gatewayUrl();
        KeycloakDirectory directory = KeycloakDirectory.at(system.keycloakUrl());
        String region = KeycloakDirectory.freshRegion();
        lead = directory.create("case-worker", region);
        member = directory.create("case-worker", region);
        passerBy = directory.create("case-worker", region);
        coordinator = directory.create("bridge-coordinator", region);
        advisor = directory.create("advisory-member", region);
        admin = directory.create("network-admin", region);
    }

    @AfterAll
    static void quit() {
        Browser.closeAll(browser);
    }

    static RequestSpecification as(KeycloakDirectory.User user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user.username(), user.password()))
                .contentType("application/json");
    }

    static String created(KeycloakDirectory.User user, String path, Object body, Object... params) {
        return as(user).body(body).post(path, params).then().statusCode(201).extract().path("id");
    }

    static void ok(KeycloakDirectory.User user, String method, String path, Object body, Object... params) {
        RequestSpecification request = body == null ? as(user) : as(user).body(body);
        int status = request.request(method, path, params).then().extract().statusCode();
        assertTrue(status >= 200 && status < 300, method + " " + path + " answered " + status);
    }

    static List<Map<String, Object>> timeline(String caseId) {
        return as(lead).get("/api/cases/{c}/timeline", caseId).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    void everyKindOfTimelineEntryReadsInDutch() throws IOException {
        String caseId = theCaseLivesThroughEveryKind();
        List<Map<String, Object>> entries = new ArrayList<>(timeline(caseId));
        ok(admin, "POST", "/api/cases/{c}/erasure", Map.of("reason", "YOUTH_REQUEST"), caseId);
        // erasure blanks the free text of every line before it, so only its own line is taken from after it
        entries.addAll(timeline(caseId).stream().filter(e -> "PERSONAL_DATA_ERASED".equals(e.get("kind"))).toList());
        entries.add(Map.of("kind", "ALERT_RAISED", "params", Map.of("alert", "INACTIVITY", "inactiveDays", "60"),
                "summary", "Alert raised: inactivity"));

        browser = Browser.of(system.gatewayUrl(), lead.username()).signIn("/");
        browser.select("#language", "nl");
        String answer = (String) browser.scriptAsync(RENDER, new ObjectMapper().writeValueAsString(entries));
        assertTrue(answer.startsWith("["), answer);
        List<List<String>> rendered = new ObjectMapper().readValue(answer, new TypeReference<>() { });

        List<String> notDutch = new ArrayList<>();
        Set<String> kinds = new TreeSet<>();
        for (List<String> line : rendered) {
            String kind = line.get(0);
            String label = line.get(1);
            String text = line.get(2);
            kinds.add(kind.split("/")[0]);
            boolean ownText = OWN_TEXT.contains(kind);
            boolean translated = !label.equals(line.get(3)) && (ownText || !text.equals(line.get(4))
                    && !text.equals(line.get(5)) && !CODE.matcher(text).find());
            if (!translated || text.contains("{") || !text.contains(DUTCH.getOrDefault(kind, ""))) {
                notDutch.add(kind + ": nl '" + label + " | " + text + "', en '" + line.get(3) + " | " + line.get(4) + "'");
            }
            System.out.printf("[timeline-nl] %-32s %s | %s%n", kind, label, text);
        }
        assertTrue(notDutch.isEmpty(), "lines not in Dutch:\n" + String.join("\n", notDutch));
        assertEquals(everyTimelineKind(), kinds, "a line of every kind was rendered");
        Set<String> steps = new TreeSet<>(rendered.stream().map(l -> l.get(0))
                .filter(k -> k.startsWith("ESCALATION_STEP/")).map(k -> k.substring(k.indexOf('/') + 1)).toList());
        assertTrue(steps.containsAll(List.of("CLAIMED", "DUE_DATE_SET", "NOTE_ADDED", "CONSULTATION_CONVENED",
                "CONSULTATION_OUTCOME", "REFERRED", "OWNER_SET", "DECISION")), steps.toString());
    }

    /** Every kind but ALERT_RAISED and PERSONAL_DATA_ERASED, through the gateway as the users who do them. */
    static String theCaseLivesThroughEveryKind() {
        Map<String, Object> youth = Map.of("givenName", "Dawit", "familyName", "Haile", "dateOfBirth", "2009-08-14");
        String caseId = created(lead, "/api/cases", Map.of("youth", youth, "intensity", "LIGHT",
                "domains", List.of("SCHOOL")));
        ok(lead, "PUT", "/api/cases/{c}", Map.of("youth", youth, "intensity", "INTENSIVE",
                "domains", List.of("SCHOOL", "WORK")), caseId);
        for (KeycloakDirectory.User colleague : List.of(member, passerBy)) {
            ok(lead, "POST", "/api/cases/{c}/members", Map.of("username", colleague.username(),
                    "organisation", "school", "role", "school coach"), caseId);
        }
        ok(lead, "PUT", "/api/cases/{c}/members/{u}", Map.of("organisation", "school", "role", "reception coach"),
                caseId, member.username());
        ok(lead, "DELETE", "/api/cases/{c}/members/{u}", null, caseId, passerBy.username());
        String consent = created(lead, "/api/cases/{c}/consents", Map.of("member", member.username(),
                "purpose", "JOURNAL", "givenBy", "GUARDIAN"), caseId);
        ok(lead, "POST", "/api/cases/{c}/consents/{k}/revoke", null, caseId, consent);
        String goal = created(lead, "/api/cases/{c}/goals", Map.of("domain", "WORK", "title", "Internship",
                "owner", lead.username(), "dueDate", LocalDate.now().plusDays(30).toString()), caseId);
        ok(lead, "PUT", "/api/cases/{c}/goals/{g}", Map.of("title", "Internship", "owner", lead.username(),
                "dueDate", LocalDate.now().plusDays(40).toString(), "status", "DONE"), caseId, goal);
        for (String kind : List.of("NOTE", "YOUTH_VOICE", "PARENT_VOICE", "DECISION", "SIGNAL")) {
            ok(lead, "POST", "/api/cases/{c}/notes", Map.of("kind", kind, "text", "Written as " + kind), caseId);
        }
        Map<String, Object> stuck = Map.of("barrier", "SCHOOL_ACCESS", "urgency", "HIGH",
                "whatWasTried", "Two schools asked", "triedMeasures", List.of("TEAM_MEETING"));
        String withdrawn = created(lead, "/api/cases/{c}/escalations", stuck, caseId);
        ok(lead, "POST", "/api/cases/{c}/escalations/{e}/withdrawal", null, caseId, withdrawn);
        theLadderIsClimbedAndComesBack(caseId, created(lead, "/api/cases/{c}/escalations", stuck, caseId));

        Map<String, Object> handover = new LinkedHashMap<>(Map.of("scope", "LEAD", "reason", "LEAD_CHANGE",
                "toUsername", member.username(), "toOrganisation", "school"));
        ok(lead, "POST", "/api/cases/{c}/handovers/{h}/withdrawal", null, caseId,
                created(lead, "/api/cases/{c}/handovers", handover, caseId));
        ok(member, "POST", "/api/cases/handovers/{h}/decline", null,
                created(lead, "/api/cases/{c}/handovers", handover, caseId));
        ok(member, "POST", "/api/cases/handovers/{h}/accept", null,
                created(lead, "/api/cases/{c}/handovers", handover, caseId));
        ok(member, "PUT", "/api/cases/{c}/lead", Map.of("username", lead.username()), caseId);
        ok(lead, "POST", "/api/cases/{c}/close", Map.of("outcome", "GOALS_REACHED"), caseId);
        return caseId;
    }

    /** Bridge: claim, due date, a note for the team, a consultation and its outcome, referral; advisory: owner,
     *  decision, advice; bridge: resolution. Each step waits until the previous one reached whom it needs. */
    static void theLadderIsClimbedAndComesBack(String caseId, String escalationId) {
        await().atMost(WAIT).untilAsserted(() -> as(coordinator).get("/api/network/escalations/{e}", escalationId)
                .then().statusCode(200));
        ok(coordinator, "POST", "/api/network/escalations/{e}/claim", null, escalationId);
        ok(coordinator, "PUT", "/api/network/escalations/{e}/due-date", Map.of("dueDate",
                LocalDate.now().plusDays(10).toString(), "reason", "The school board meets Thursday"), escalationId);
        ok(coordinator, "POST", "/api/network/escalations/{e}/notes", Map.of("text", "Called the school",
                "forTeam", true), escalationId);
        String consultation = as(coordinator).body(Map.of("meetsAt", OffsetDateTime.now().plusDays(2).toString(),
                        "agenda", "School route", "members", List.of(lead.username()), "organisations", List.of("school")))
                .post("/api/network/escalations/{e}/consultations", escalationId).then().statusCode(201)
                .extract().path("consultations[0].id");
        ok(coordinator, "POST", "/api/network/escalations/{e}/consultations/{k}/outcome", Map.of("outcome",
                "The reception class takes him", "decisions", List.of(Map.of("text", "Sign the school form", "owner",
                        lead.username(), "dueDate", LocalDate.now().plusDays(5).toString()))), escalationId, consultation);
        String referral = as(coordinator).body(Map.of("question", "Which bridging class exists mid-year?"))
                .post("/api/network/escalations/{e}/referral", escalationId).then().statusCode(201)
                .extract().path("referral.id");
        await().atMost(WAIT).untilAsserted(() -> as(advisor).get("/api/advisory/referrals/{r}", referral)
                .then().statusCode(200));
        ok(advisor, "POST", "/api/advisory/referrals/{r}/owner", Map.of("owner", advisor.username()), referral);
        String session = created(advisor, "/api/advisory/sessions", Map.of("date", LocalDate.now().plusDays(1)
                .toString(), "members", List.of(advisor.username())));
        ok(advisor, "POST", "/api/advisory/sessions/{s}/decisions", Map.of("referralId", referral, "decision",
                "Ask the school platform first", "owner", advisor.username(), "dueDate",
                LocalDate.now().plusDays(7).toString(), "final", false), session);
        ok(advisor, "POST", "/api/advisory/referrals/{r}/advice", Map.of("advice",
                "The regional school platform runs a bridging class"), referral);
        await().atMost(WAIT).untilAsserted(() -> as(coordinator).get("/api/network/escalations/{e}", escalationId)
                .then().body("status", equalTo("ADVISED")));
        ok(coordinator, "POST", "/api/network/escalations/{e}/resolution", Map.of("outcome", "UNBLOCKED",
                "advice", "Bridging class from Monday"), escalationId);
        Predicate<String> arrived = kind -> timeline(caseId).stream().anyMatch(e -> kind.equals(e.get("kind")));
        await().atMost(WAIT).until(() -> arrived.test("ESCALATION_RESOLVED") && arrived.test("ADVICE_RECEIVED"));
        await().atMost(WAIT).untilAsserted(() -> as(lead).get("/api/cases/{c}/timeline", caseId).then()
                .body("findAll { it.kind == 'ESCALATION_STEP' }.params.step", hasItem("DECISION")));
    }

    /** case-service's vocabulary of timeline lines, read from its source (the tests do not depend on its classes). */
    static Set<String> everyTimelineKind() throws IOException {
        String source = Files.readString(TIMELINE_KINDS, StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf('{', source.indexOf("enum TimelineKind")) + 1,
                source.lastIndexOf('}')).replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", "");
        return new TreeSet<>(Arrays.stream(body.split("[,;\\s]+")).filter(s -> s.matches("[A-Z][A-Z0-9_]*")).toList());
    }
}
