package org.carebridge.cases.journal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The journal: members write notes, voices, decisions and signals, read back newest first and in the timeline. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class JournalTest {

    private static void write(String user, String caseId, String kind, String text) {
        as(user).body(Map.of("kind", kind, "text", text)).when().post("/api/cases/{id}/notes", caseId)
                .then().statusCode(201)
                .body("kind", equalTo(kind)).body("summary", equalTo(text)).body("actor", equalTo(user));
    }

    @Test
    void everyKindOfEntryIsInTheJournalAndInTheOneTimeline() {
        String id = createCase("anna");
        write("anna", id, "YOUTH_VOICE", "I want to become an electrician.");
        addMember("anna", id, "ben");
        write("ben", id, "PARENT_VOICE", "Her aunt supports the choice.");
        write("anna", id, "DECISION", "Study choice: electrical engineering, vocational track.");
        write("ben", id, "SIGNAL", "Absent three Mondays in a row.");
        write("anna", id, "NOTE", "Talk to the school about Mondays.");

        as("anna").when().get("/api/cases/{id}/notes", id).then().statusCode(200)
                .body("items.kind", equalTo(List.of("NOTE", "SIGNAL", "DECISION", "PARENT_VOICE", "YOUTH_VOICE")))
                .body("total", equalTo(5));
        as("anna").when().get("/api/cases/{id}/notes?kind=signal", id).then()
                .body("items.summary", equalTo(List.of("Absent three Mondays in a row.")));
        as("anna").when().get("/api/cases/{id}/notes?size=2&page=1", id).then()
                .body("items.kind", equalTo(List.of("DECISION", "PARENT_VOICE"))).body("total", equalTo(5));

        // the journal and the service's own entries, in the order they happened
        as("anna").when().get("/api/cases/{id}/timeline", id).then().statusCode(200)
                .header("X-Total-Count", "7")
                .body("kind", equalTo(List.of("CASE_CREATED", "YOUTH_VOICE", "MEMBER_ADDED", "PARENT_VOICE",
                        "DECISION", "SIGNAL", "NOTE")));
        as("anna").when().get("/api/cases/{id}/timeline?page=1&size=3", id).then()
                .header("X-Total-Count", "7")
                .body("kind", equalTo(List.of("PARENT_VOICE", "DECISION", "SIGNAL")));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItems("NOTE_WRITTEN", "NOTES_READ", "TIMELINE_READ"));
    }

    @Test
    void badNotesAre400NamingTheField() {
        String id = createCase("anna");
        problem(as("anna").body(Map.of("kind", "GOSSIP", "text", "x")).when().post("/api/cases/{id}/notes", id), "kind");
        problem(as("anna").body(Map.of("text", "x")).when().post("/api/cases/{id}/notes", id), "kind");
        problem(as("anna").body(Map.of("kind", "NOTE", "text", " ")).when().post("/api/cases/{id}/notes", id), "text");
        problem(as("anna").body(Map.of("kind", "NOTE", "text", "x".repeat(4001)))
                .when().post("/api/cases/{id}/notes", id), "text");
        Map<String, Object> wrongType = new HashMap<>(Map.of("kind", "NOTE"));
        wrongType.put("text", List.of("a"));
        problem(as("anna").body(wrongType).when().post("/api/cases/{id}/notes", id), "text");
        problem(as("anna").when().get("/api/cases/{id}/notes?kind=X", id), "kind");
        problem(as("anna").when().get("/api/cases/{id}/notes?size=500", id), "size");
        problem(as("anna").when().get("/api/cases/{id}/timeline?size=101", id), "size");
        problem(as("anna").when().get("/api/cases/{id}/timeline?page=x", id), "page");
    }

    @Test
    void outsidersAreRefused() {
        String id = createCase("anna");
        write("anna", id, "YOUTH_VOICE", "Private words.");
        for (String outsider : List.of("ben", "carla")) {
            as(outsider).when().get("/api/cases/{id}/notes", id).then().statusCode(404);
            as(outsider).body(Map.of("kind", "NOTE", "text", "x")).when().post("/api/cases/{id}/notes", id)
                    .then().statusCode(404);
        }
        for (String role : List.of("bruno", "ada", "nils", "otto")) {
            as(role).when().get("/api/cases/{id}/notes", id).then().statusCode(403);
            as(role).body(Map.of("kind", "NOTE", "text", "x")).when().post("/api/cases/{id}/notes", id)
                    .then().statusCode(403);
        }
        as("anna").when().get("/api/cases/{id}/notes", id).then().body("total", equalTo(1));
    }
}
