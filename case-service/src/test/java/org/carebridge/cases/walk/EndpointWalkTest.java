package org.carebridge.cases.walk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.carebridge.cases.walk.CaseCalls.Access;
import org.carebridge.cases.walk.CaseCalls.Call;
import org.carebridge.cases.walk.OpenApiOperations.Operation;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.walk.CaseCalls.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every operation case-service documents under /api/cases as each outsider, and proves nothing changed.
 * <p>
 * The rule: the role check comes first, so a bridge coordinator (bruno north, sofie south), an advisory member
 * (ada) and an auditor (otto) get 403 everywhere except otto on the audit endpoint, which is his. A case worker
 * passes the role check and meets the object-level rule: not on the case's team (carla, another team and
 * region) is 404, as for a case that does not exist, so ids cannot be probed; deciding a handover is for its
 * receiver only, anyone else (even the requesting lead, anna) gets 404. Operations not about one case (my cases,
 * new case, my incoming handovers) are open to every case worker and show carla nothing of anna's case.
 * Erasure and team allowances are the network admin's: every one of them, anna included, gets 403.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class EndpointWalkTest {

    @Test
    void everyDocumentedOperationHasACallAndEveryCallADocumentedOperation() {
        Set<String> documented = OpenApiOperations.underApiCases().stream().map(Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> walked = new TreeSet<>(CaseCalls.onNewCase().byOperation().keySet());
        assertTrue(documented.size() >= 30, "the document lists too few operations to be the real one: " + documented);
        assertEquals(documented, walked, "an operation under /api/cases has no call in CaseCalls (or a call is stale)");
    }

    @Test
    void outsidersAreRefusedOnEveryOperationAndNothingChanges() {
        CaseCalls f = CaseCalls.onNewCase();
        Map<String, Call> calls = f.byOperation();
        List<Operation> operations = OpenApiOperations.underApiCases();
        String before = snapshot(f);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            Call call = calls.get(op.key());
            if (call == null) {
                failures.add(op.key() + ": no call in the walk");
                continue;
            }
            String path = f.path(op.key(), f.pathValues());
            for (String user : users(call.access())) {
                int expected = expected(call.access(), user, op.method());
                Response r = send(user, op.method(), path, call.body(), ContentType.JSON);
                sent++;
                if (r.statusCode() != expected) {
                    failures.add(user + " " + op.key() + ": " + r.statusCode() + " instead of " + expected);
                } else if (expected >= 400 && !r.contentType().startsWith("application/problem+json")) {
                    failures.add(user + " " + op.key() + ": " + r.contentType() + " instead of problem+json");
                } else if (expected < 400 && (r.asString().contains(f.caseId) || r.asString().contains(f.handoverId))) {
                    failures.add(user + " " + op.key() + ": shows anna's case or handover");
                }
            }
            if (op.method().equals("GET")) {
                // the same call by someone allowed succeeds: the refusals above are about who, not a wrong path
                int status = send(call.user(), "GET", path, null, ContentType.JSON).statusCode();
                if (status != 200) {
                    failures.add(call.user() + " " + op.key() + ": " + status + " for an allowed caller");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot(f), "an outsider's request changed the case");
        System.out.printf("EndpointWalkTest: %d operations, %d refused-or-empty requests%n", operations.size(), sent);

        // the receiver may decide: the handover the outsiders could not touch is still pending and ben declines it
        assertFalse(operations.isEmpty());
        as("ben").when().post("/api/cases/handovers/{h}/decline", f.handoverId)
                .then().statusCode(200).body("status", equalTo("DECLINED"));
    }

    private static List<String> users(Access access) {
        List<String> users = new ArrayList<>(CaseCalls.outsiders());
        switch (access) {
            case RECEIVER, NETWORK_ADMIN -> users.add("anna");
            case AUDITOR -> {
                users.remove("otto");
                users.add("anna");
            }
            default -> {
            }
        }
        return users;
    }

    private static int expected(Access access, String user, String method) {
        boolean caseWorker = user.equals("carla") || user.equals("anna");
        return switch (access) {
            case TEAM, RECEIVER -> caseWorker ? 404 : 403;
            case OWN -> caseWorker ? (method.equals("POST") ? 201 : 200) : 403;
            case AUDITOR, NETWORK_ADMIN -> 403;
        };
    }

    /** Everything anna and ben can read of the case, as one string to compare before and after. */
    private static String snapshot(CaseCalls f) {
        StringBuilder all = new StringBuilder();
        for (String part : List.of("", "/members", "/goals", "/consents", "/notes", "/timeline", "/escalations",
                "/handovers")) {
            all.append(as("anna").when().get("/api/cases/" + f.caseId + part).then().statusCode(200)
                    .extract().asString()).append('\n');
        }
        all.append(as("ben").when().get("/api/cases/handovers/incoming").then().statusCode(200).extract().asString());
        return all.toString();
    }
}
