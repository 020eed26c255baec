package org.carebridge.proof;

import org.carebridge.proof.AccessRules.Rule;
import org.carebridge.proof.AccessRules.User;
import org.carebridge.proof.ApiDocument.Endpoint;
import org.carebridge.stack.Keycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of every service, read from its OpenAPI document, called by every role on the north's objects
 * (so the southern user of the same role meets "someone else's" case, escalation, handover or referral), once
 * straight at the service and once through the gateway; then with missing, expired, forged and other-realm
 * tokens. Refusals are 403 for a wrong role, 404 for someone else's object, 401 for a bad token; allowed reads
 * answer 200, and a southern reader never sees a northern id. Allowed changes are not sent: they would change the
 * objects the rest of the matrix needs (the services' own tests make them). Prints the counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    static ProofSystem proof;
    static World world;
    static RefusalLogs logs;
    static Map<String, String> badTokens;
    static final Map<String, Integer> refusalsSentTo = new java.util.TreeMap<>();

    @BeforeAll
    static void setUp() throws InterruptedException {
        proof = ProofSystem.get();
        logs = RefusalLogs.from(proof.system);
        // the short-lived token is taken first: by the time the matrix uses it, it has long expired
        proof.admin.ensureShortLivedClient();
        proof.admin.ensureForeignRealm();
        String expired = proof.admin.token(Keycloak.REALM, KeycloakAdmin.SHORT_LIVED_CLIENT, "nils");
        world = World.create(proof.system);
        String otherRealm = proof.admin.token(KeycloakAdmin.FOREIGN_REALM, "carebridge-tests", "nils");
        badTokens = BadTokens.of(World.token("nils"), expired, otherRealm);
        while (System.currentTimeMillis() / 1000 <= BadTokens.expiry(expired) + 1) {
            Thread.sleep(250);
        }
    }

    @Test
    @Order(1)
    void everyDocumentedOperationHasARuleAndEveryRuleAnOperation() {
        Set<String> documented = proof.endpoints().stream().map(Endpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(documented.size() >= 80, "too few operations to be the real documents: " + documented);
        assertEquals(documented, new TreeSet<>(AccessRules.keys()),
                "an operation has no rule in AccessRules (or a rule names an operation that is gone)");
    }

    @Test
    @Order(2)
    void everyRoleIsRefusedWhatIsNotItsOwnAndSeesNothingOfTheNorth() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        int allowed = 0;
        int allowedNotSent = 0;
        for (Endpoint endpoint : proof.endpoints()) {
            Rule rule = AccessRules.of(endpoint).orElse(null);
            if (rule == null) {
                failures.add(endpoint + ": no rule");
                continue;
            }
            Samples samples = new Samples(proof.documents.get(endpoint.service()), world);
            String path = world.path(endpoint) + (rule.query().isEmpty() ? "" : "?" + rule.query());
            Object body = samples.body(endpoint);
            for (User user : User.matrix()) {
                int refusal = rule.access().refusal(user);
                if (refusal == 0 && !endpoint.method().equals("GET")) {
                    allowedNotSent++;
                    continue;
                }
                // an allowed event stream is read at the service: the gateway relays streams at /api/me/notifications
                List<String> bases = refusal == 0 && endpoint.streams() ? List.of(proof.url(endpoint.service()))
                        : List.of(proof.url(endpoint.service()), proof.url("gateway"));
                for (String base : bases) {
                    HttpCalls.Answer answer = HttpCalls.sendJson(endpoint.method(), base + path, World.token(user.username), body);
                    sent++;
                    String what = user.username + " " + endpoint.method() + " " + base + path;
                    if (refusal != 0) {
                        refused += check(failures, what, answer, refusal);
                        if (base.equals(proof.url(endpoint.service()))) {
                            refusalsSentTo.merge(endpoint.service(), refusal == 404 ? 0 : 1, Integer::sum);
                        }
                    } else {
                        allowed += check(failures, what, answer, 200);
                        if (user == User.CARLA || user == User.SOFIE || user == User.AYA) {
                            world.northIds().stream().filter(answer.text()::contains).forEach(id ->
                                    failures.add(what + ": shows the north's " + id));
                        }
                    }
                }
            }
        }
        System.out.printf("AccessMatrixIT roles x objects: %d operations x %d users, %d requests sent "
                        + "(service and gateway), %d refused as the design says, %d allowed reads answered, "
                        + "%d allowed changes not sent, %d failures%n", proof.endpoints().size(), User.matrix().size(),
                sent, refused, allowed, allowedNotSent, failures.size());
        assertEquals(List.of(), abbreviated(failures));
        assertTrue(refused > 500, "the matrix refused too little to be the real one: " + refused);
    }

    @Test
    @Order(3)
    void missingExpiredForgedAndOtherRealmTokensAreRefusedEverywhere() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : proof.endpoints()) {
            Rule rule = AccessRules.of(endpoint).orElseThrow();
            String path = world.path(endpoint) + (rule.query().isEmpty() ? "" : "?" + rule.query());
            Object body = new Samples(proof.documents.get(endpoint.service()), world).body(endpoint);
            for (Map.Entry<String, String> token : badTokens.entrySet()) {
                for (String base : List.of(proof.url(endpoint.service()), proof.url("gateway"))) {
                    HttpCalls.Answer answer = HttpCalls.sendJson(endpoint.method(), base + path, token.getValue(), body);
                    sent++;
                    check(failures, token.getKey() + " token " + endpoint.method() + " " + base + path, answer, 401);
                    if (base.equals(proof.url(endpoint.service()))) {
                        refusalsSentTo.merge(endpoint.service(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("AccessMatrixIT tokens: %d operations x %d bad tokens %s, %d requests sent, %d failures%n",
                proof.endpoints().size(), badTokens.size(), badTokens.keySet(), sent, failures.size());
        assertEquals(List.of(), abbreviated(failures));
    }

    @Test
    @Order(4)
    void aNameSearchByTheWrongRoleIsRefusedAndTheNameStaysOutOfTheLog() {
        String url = proof.url("case-service") + "/api/cases?q=" + world.familyName;
        HttpCalls.Answer answer = HttpCalls.sendJson("GET", url, World.token("bruno"), null);
        assertEquals(403, answer.status());
        refusalsSentTo.merge("case-service", 1, Integer::sum);
    }

    @Test
    @Order(5)
    void everyRefusalIsLoggedAndNoLogHoldsTheYouthsData() {
        List<String> failures = new ArrayList<>();
        for (String service : ProofSystem.SERVICES) {
            List<String> lines = logs.newLines(service);
            long refusals = lines.stream().filter(l -> l.contains(RefusalLogs.PREFIX)).count();
            int expected = refusalsSentTo.getOrDefault(service, 0);
            System.out.printf("AccessMatrixIT log of %s: %d refusal lines for %d 401/403 sent to it directly%n",
                    service, refusals, expected);
            if (refusals < expected) {
                failures.add(service + " logged " + refusals + " refusals, " + expected + " were sent to it");
            }
            for (String personal : List.of(world.givenName, world.familyName, world.birthDate)) {
                lines.stream().filter(l -> l.contains(personal)).findFirst().ifPresent(l ->
                        failures.add(service + " logged the youth's '" + personal + "': " + l));
            }
        }
        assertTrue(refusalsSentTo.getOrDefault("gateway", 0) > 0, "no refusal was sent to the gateway itself");
        assertEquals(List.of(), failures);
    }

    /** 1 when the answer is as expected; otherwise records why. Refusals other than 401 must be problem+json. */
    static int check(List<String> failures, String what, HttpCalls.Answer answer, int expected) {
        if (answer.status() != expected) {
            failures.add(what + ": " + answer.status() + " instead of " + expected + " "
                    + HttpCalls.abbreviated(answer.text()));
            return 0;
        }
        if ((expected == 403 || expected == 404) && !answer.isProblem()) {
            failures.add(what + ": " + answer.contentType() + " instead of application/problem+json");
            return 0;
        }
        return 1;
    }

    static List<String> abbreviated(List<String> failures) {
        if (failures.size() <= 40) {
            return failures;
        }
        List<String> first = new ArrayList<>(failures.subList(0, 40));
        first.add("... and " + (failures.size() - 40) + " more");
        return first;
    }
}
