package org.carebridge.proof;

import org.carebridge.stack.Keycloak;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Team governance as a determined insider tries it, with users and a region made up for this run (never the demo
 * users): a member cannot give themselves consent, make themselves lead, remove the creator or close the case;
 * only real case workers of the case's region join a team; a region's lead coordinator is a coordinator of that
 * region. Every call goes through the gateway with real Keycloak tokens.
 */
class GovernanceIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String REGION = "gov-" + SUFFIX;
    private static final String CREATOR = "gov-creator-" + SUFFIX;
    private static final String MEMBER = "gov-member-" + SUFFIX;
    private static final String NEIGHBOUR = "gov-neighbour-" + SUFFIX;   // case worker of another region
    private static final String THINKER = "gov-thinker-" + SUFFIX;       // advisory member of the same region
    private static final String COORDINATOR = "gov-coordinator-" + SUFFIX;
    private static final String ADMIN = "gov-admin-" + SUFFIX;
    private static final String PHANTOM = "gov-phantom-" + SUFFIX;      // no such user

    static ProofSystem proof;
    static String gateway;
    static String caseId;

    @BeforeAll
    static void setUp() {
        proof = ProofSystem.get();
        gateway = proof.system.gatewayUrl();
        proof.admin.ensureUser(CREATOR, REGION, "case-worker");
        proof.admin.ensureUser(MEMBER, REGION, "case-worker");
        proof.admin.ensureUser(NEIGHBOUR, "other-" + SUFFIX, "case-worker");
        proof.admin.ensureUser(THINKER, REGION, "advisory-member");
        proof.admin.ensureUser(COORDINATOR, REGION, "bridge-coordinator");
        proof.admin.ensureUser(ADMIN, REGION, "network-admin");
        caseId = expect(call(CREATOR, "POST", "/api/cases", Map.of(
                "youth", Map.of("givenName", "Noor", "familyName", "Governance", "dateOfBirth", "2010-05-06"),
                "intensity", "LIGHT", "domains", List.of("SCHOOL"), "organisation", "school", "role", "coach")), 201).json().get("id").asText();
        expect(call(CREATOR, "POST", "/api/cases/" + caseId + "/members",
                Map.of("username", MEMBER, "organisation", "social-services", "role", "social worker")), 201);
    }

    @Test
    void onlyRealCaseWorkersOfTheRegionJoinATeam() {
        List<String> failures = new ArrayList<>();
        for (String candidate : List.of(PHANTOM, NEIGHBOUR, THINKER, COORDINATOR)) {
            HttpCalls.Answer answer = call(CREATOR, "POST", "/api/cases/" + caseId + "/members",
                    Map.of("username", candidate, "organisation", "school", "role", "coach"));
            if (answer.status() != 400 || !answer.text().contains("username")) {
                failures.add(candidate + " -> " + answer.status() + " " + HttpCalls.abbreviated(answer.text()));
            }
        }
        assertEquals(List.of(), failures, "only a case worker of the case's region may join its team");
        List<String> team = new ArrayList<>();
        expect(call(CREATOR, "GET", "/api/cases/" + caseId + "/members", null), 200).json().get("members")
                .forEach(m -> team.add(m.get("username").asText()));
        assertEquals(List.of(CREATOR, MEMBER), team.stream().sorted().toList(), "nobody else joined");
    }

    @Test
    void aMemberCannotGiveThemselvesConsentOrTakeTheTeamOver() {
        String path = "/api/cases/" + caseId;
        List<String> failures = new ArrayList<>();
        for (String purpose : List.of("IDENTITY", "JOURNAL")) {
            refused(failures, "self-consent " + purpose, call(MEMBER, "POST", path + "/consents",
                    Map.of("member", MEMBER, "purpose", purpose, "givenBy", "YOUTH")));
        }
        refused(failures, "self-lead", call(MEMBER, "PUT", path + "/lead", Map.of("username", MEMBER)));
        refused(failures, "remove the creator", call(MEMBER, "DELETE", path + "/members/" + CREATOR, null));
        refused(failures, "close the case", call(MEMBER, "POST", path + "/close", Map.of("outcome", "OTHER")));
        assertEquals(List.of(), failures, "a member without the lead's say took a step only the lead may take");

        HttpCalls.Answer seen = expect(call(MEMBER, "GET", path, null), 200);
        assertTrue(seen.json().get("youth").isNull(), "the member still has no consent to see the youth: " + seen.text());
        assertEquals(CREATOR, seen.json().get("lead").asText(), "the lead did not change");
        assertEquals("OPEN", seen.json().get("status").asText(), "the case is still open");

        // the lead records the youth's consent for the member: now the member sees the identity
        expect(call(CREATOR, "POST", path + "/consents",
                Map.of("member", MEMBER, "purpose", "IDENTITY", "givenBy", "YOUTH")), 201);
        assertEquals("Noor", expect(call(MEMBER, "GET", path, null), 200).json().get("youth").get("givenName").asText());
    }

    @Test
    void aRegionsLeadCoordinatorIsACoordinatorOfThatRegion() {
        List<String> failures = new ArrayList<>();
        for (String candidate : List.of(CREATOR, PHANTOM, THINKER)) {
            HttpCalls.Answer answer = call(ADMIN, "PUT", "/api/network/regions/" + REGION + "/lead",
                    Map.of("username", candidate));
            if (answer.status() != 400 || !answer.text().contains("username")) {
                failures.add(candidate + " -> " + answer.status() + " " + HttpCalls.abbreviated(answer.text()));
            }
        }
        assertEquals(List.of(), failures, "only a bridge coordinator of the region may be its lead");
        expect(call(ADMIN, "PUT", "/api/network/regions/" + REGION + "/lead", Map.of("username", COORDINATOR)), 200);
    }

    private static void refused(List<String> failures, String what, HttpCalls.Answer answer) {
        if (answer.status() != 403 || !answer.contentType().startsWith("application/problem+json")) {
            failures.add(what + " -> " + answer.status() + " " + HttpCalls.abbreviated(answer.text()));
        }
    }

    private static HttpCalls.Answer call(String user, String method, String path, Object body) {
        return HttpCalls.sendRightJson(method, gateway + path, token(user), body);
    }

    private static String token(String user) {
        return proof.admin.token(Keycloak.REALM, KeycloakTokens.CLIENT_ID, user.toLowerCase(Locale.ROOT));
    }

    private static HttpCalls.Answer expect(HttpCalls.Answer answer, int status) {
        assertEquals(status, answer.status(), HttpCalls.abbreviated(answer.text()));
        return answer;
    }
}
