package org.carebridge.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.hamcrest.Matchers.equalTo;

/**
 * Walks every endpoint of a case's day-to-day work as a case worker of another team, bridge coordinators of the
 * same and of another region and an advisory member: each is refused, and the case is unchanged afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class EndpointWalkTest {

    record Call(String method, String path, Object body) {
    }

    @Test
    void everyCaseEndpointRefusesOutsiders() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        String goal = as("anna").body(Map.of("domain", "WORK", "title", "Internship", "owner", "anna",
                        "dueDate", LocalDate.now().plusDays(20).toString()))
                .when().post("/api/cases/{id}/goals", id).then().statusCode(201).extract().path("id");
        String consent = as("anna").body(Map.of("member", "ben", "purpose", "JOURNAL", "givenBy", "GUARDIAN"))
                .when().post("/api/cases/{id}/consents", id).then().statusCode(201).extract().path("id");
        Map<String, Object> youth = Map.of("givenName", "X", "familyName", "Y", "dateOfBirth", "2010-01-01");
        String c = "/api/cases/" + id;
        List<Call> memberCalls = List.of(
                new Call("GET", c, null),
                new Call("PUT", c, Map.of("youth", youth, "intensity", "LIGHT", "domains", List.of("WORK"))),
                new Call("GET", c + "/members", null),
                new Call("POST", c + "/members", Map.of("username", "carla", "organisation", "other", "role", "x")),
                new Call("PUT", c + "/members/ben", Map.of("organisation", "other", "role", "x")),
                new Call("DELETE", c + "/members/ben", null),
                new Call("PUT", c + "/lead", Map.of("username", "ben")),
                new Call("GET", c + "/goals", null),
                new Call("POST", c + "/goals", Map.of("domain", "WORK", "title", "x", "owner", "anna",
                        "dueDate", LocalDate.now().plusDays(1).toString())),
                new Call("GET", c + "/goals/" + goal, null),
                new Call("PUT", c + "/goals/" + goal, Map.of("title", "x", "owner", "anna",
                        "dueDate", LocalDate.now().plusDays(1).toString(), "status", "DROPPED")),
                new Call("GET", c + "/notes", null),
                new Call("POST", c + "/notes", Map.of("kind", "NOTE", "text", "x")),
                new Call("GET", c + "/timeline", null),
                new Call("GET", c + "/consents", null),
                new Call("POST", c + "/consents", Map.of("member", "ben", "purpose", "IDENTITY", "givenBy", "YOUTH")),
                new Call("POST", c + "/consents/" + consent + "/revoke", null),
                new Call("POST", c + "/close", Map.of("outcome", "OTHER")));
        Call erasure = new Call("POST", c + "/erasure", Map.of("reason", "YOUTH_REQUEST"));

        for (Call call : memberCalls) {
            send("carla", call).then().statusCode(404); // another team: the case does not exist for her
            for (String other : List.of("bruno", "sofie", "ada", "otto")) {
                send(other, call).then().statusCode(403);
            }
        }
        for (String other : List.of("anna", "carla", "bruno", "sofie", "ada", "otto")) {
            send(other, erasure).then().statusCode(403);
        }

        as("anna").when().get(c).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("members.username", equalTo(List.of("anna", "ben")))
                .body("lead", equalTo("anna")).body("youth.givenName", equalTo("Samira"));
        as("anna").when().get(c + "/goals").then().body("status", equalTo(List.of("OPEN")));
        as("anna").when().get(c + "/consents").then().body("live", equalTo(List.of(true)));
        as("anna").when().get(c + "/notes").then().body("total", equalTo(0));
    }

    private static io.restassured.response.Response send(String user, Call call) {
        var request = as(user);
        if (call.body() != null) {
            request = request.body(call.body());
        }
        return request.when().request(call.method(), call.path());
    }
}
