package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.NetworkEvents.caseEvent;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Handovers in flight (pending, accepted, declined, withdrawn, overdue by the clock) and the AGE_18_TRANSITION list: every
 * youth of the region turning 18 within six months, from alerts and handover events, with their transition.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class HandoverInFlightTest extends TimeMovingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void handoversInFlightAndTheComing18thBirthdays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = YearMonth.from(today).plusMonths(2).toString();
        String later = YearMonth.from(today).plusMonths(9).toString();
        UUID pendingCase = UUID.randomUUID();
        UUID acceptedCase = UUID.randomUUID();
        UUID declinedCase = UUID.randomUUID();
        UUID alertOnlyCase = UUID.randomUUID();
        UUID tooLateCase = UUID.randomUUID();
        UUID southCase = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        UUID accepted = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID south = UUID.randomUUID();

        ObjectNode pendingRequest = NetworkEvents.handoverRequested(pending, pendingCase, "north", "AGE_18_TRANSITION",
                today.plusDays(2).toString(), soon);
        ObjectNode acceptedRequest = NetworkEvents.handoverRequested(accepted, acceptedCase, "north",
                "AGE_18_TRANSITION", null, soon);
        ObjectNode declinedRequest = NetworkEvents.handoverRequested(declined, declinedCase, "north",
                "AGE_18_TRANSITION", null, soon);
        handovers(pendingCase, caseEvent("case.handover-requested.v1", pendingCase, pendingRequest));
        handovers(acceptedCase, caseEvent("case.handover-requested.v1", acceptedCase, acceptedRequest),
                caseEvent("case.handover-accepted.v1", acceptedCase, NetworkEvents.handoverAnswer(acceptedRequest, true)));
        handovers(declinedCase, caseEvent("case.handover-requested.v1", declinedCase, declinedRequest),
                caseEvent("case.handover-declined.v1", declinedCase, NetworkEvents.handoverAnswer(declinedRequest, false)));
        handovers(southCase, caseEvent("case.handover-requested.v1", southCase,
                NetworkEvents.handoverRequested(south, southCase, "south", "AGE_18_TRANSITION", null, soon)));
        alert(alertOnlyCase, soon);
        alert(tooLateCase, later);
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from handover where id in (?, ?, ?, ?)",
                pending, accepted, declined, south) == 4 && db().count("select count(*) from handover where id = ? "
                + "and status = 'DECLINED'", declined) == 1 && db().count("select count(*) from alert where case_id in (?, ?)",
                alertOnlyCase, tooLateCase) == 2);

        as("bruno").queryParam("status", "PENDING").queryParam("size", 100).get("/api/network/handovers").then()
                .statusCode(200).body("items.id", hasItem(pending.toString()))
                .body("items.id", not(hasItem(accepted.toString())));
        as("bruno").queryParam("status", "ACCEPTED").queryParam("size", 100).get("/api/network/handovers").then()
                .body("items.id", hasItem(accepted.toString()));
        as("bruno").queryParam("status", "declined").queryParam("reason", "AGE_18_TRANSITION").queryParam("size", 100)
                .get("/api/network/handovers").then().body("items.id", hasItem(declined.toString()));
        as("bruno").queryParam("status", "OVERDUE").queryParam("size", 100).get("/api/network/handovers").then()
                .body("items.id", not(hasItem(pending.toString())));
        as("bruno").get("/api/network/handovers/{id}", accepted).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("newLeadUsername", equalTo("ben"));
        as("bruno").get("/api/network/handovers/{id}", south).then().statusCode(404);
        as("sofie").get("/api/network/handovers/{id}", accepted).then().statusCode(404);

        String transitions = "/api/network/handovers/age-18-transitions";
        as("bruno").get(transitions).then().statusCode(200)
                .body(state(pendingCase), equalTo("PENDING"))
                .body(state(acceptedCase), equalTo("ACCEPTED"))
                .body(state(declinedCase), equalTo("DECLINED"))
                .body(state(alertOnlyCase), equalTo("NONE"))
                .body("find { it.caseId == '" + alertOnlyCase + "' }.turns18In", equalTo(soon))
                .body("find { it.caseId == '" + tooLateCase + "' }", nullValue())
                .body("find { it.caseId == '" + southCase + "' }", nullValue());
        as("sofie").get(transitions).then().statusCode(200).body(state(southCase), equalTo("PENDING"))
                .body("find { it.caseId == '" + pendingCase + "' }", nullValue());

        clock.advance(Duration.ofDays(3)); // the pending one's dueBy has passed
        as("bruno").queryParam("status", "OVERDUE").queryParam("size", 100).get("/api/network/handovers").then()
                .body("items.id", hasItem(pending.toString()));
        as("bruno").get("/api/network/handovers/{id}", pending).then().body("overdue", equalTo(true));
        as("bruno").get(transitions).then().body(state(pendingCase), equalTo("OVERDUE"));
    }

    @Test
    void aWithdrawnHandoverLeavesTheHandoversInFlight() {
        String soon = YearMonth.from(LocalDate.now(ZoneOffset.UTC)).plusMonths(3).toString();
        UUID caseId = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        ObjectNode request = NetworkEvents.handoverRequested(withdrawn, caseId, "north", "AGE_18_TRANSITION", null,
                soon);
        handovers(caseId, caseEvent("case.handover-requested.v1", caseId, request));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from handover where id = ?", withdrawn) == 1);
        as("bruno").queryParam("status", "PENDING").queryParam("size", 100).get("/api/network/handovers").then()
                .body("items.id", hasItem(withdrawn.toString()));

        ObjectNode withdrawal = NetworkEvents.handoverAnswer(request, false);
        withdrawal.remove(List.of("declinedBy", "declinedAt"));
        withdrawal.put("withdrawnBy", "anna").put("withdrawnAt", "2026-11-30T08:15:00Z");
        handovers(caseId, caseEvent("case.handover-withdrawn.v1", caseId, withdrawal));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from handover where id = ? "
                + "and status = 'WITHDRAWN'", withdrawn) == 1);

        as("bruno").queryParam("status", "PENDING").queryParam("size", 100).get("/api/network/handovers").then()
                .statusCode(200).body("items.id", not(hasItem(withdrawn.toString())));
        as("bruno").queryParam("status", "withdrawn").queryParam("size", 100).get("/api/network/handovers").then()
                .statusCode(200).body("items.id", hasItem(withdrawn.toString()));
        as("bruno").get("/api/network/handovers/{id}", withdrawn).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("decidedBy", equalTo("anna"))
                .body("overdue", equalTo(false));
        // the youth still turns 18 soon, with no transition in hand any more
        as("bruno").get("/api/network/handovers/age-18-transitions").then().body(state(caseId), equalTo("NONE"));
    }

    private static String state(UUID caseId) {
        return "find { it.caseId == '" + caseId + "' }.state";
    }

    private static void handovers(UUID caseId, String... events) {
        TestEvents.publish(StackSupport.kafka(), "case.handovers", caseId.toString(), events);
    }

    private static void alert(UUID caseId, String turns18In) {
        TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(), caseEvent("case.alert-raised.v1",
                caseId, NetworkEvents.alert(caseId, "north", "AGE_18_WITHOUT_TRANSITION", turns18In)));
    }
}
