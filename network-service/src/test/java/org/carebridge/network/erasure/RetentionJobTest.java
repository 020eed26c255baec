package org.carebridge.network.erasure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.network.Bridge;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.NetworkEvents;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.platform.retention.RetentionJob;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An ended escalation keeps its free text for the retention period after it ended, then loses it once. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class RetentionJobTest extends TimeMovingTest {

    @Inject
    RetentionJob retention;
    @ConfigProperty(name = "carebridge.retention.period")
    Duration period;

    @Test
    void theFreeTextOfAnEndedEscalationIsBlankedOnceThePeriodHasPassed() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Escalated resolved = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        as("bruno").post("/api/network/escalations/{id}/claim", resolved.escalationId()).then().statusCode(200);
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "note-" + marker))
                .post("/api/network/escalations/{id}/notes", resolved.escalationId()).then().statusCode(201);
        as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "advice-" + marker))
                .post("/api/network/escalations/{id}/resolution", resolved.escalationId()).then().statusCode(200);
        Escalated open = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        as("bruno").post("/api/network/escalations/{id}/claim", open.escalationId()).then().statusCode(200);
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "open-" + marker))
                .post("/api/network/escalations/{id}/notes", open.escalationId()).then().statusCode(201);

        clock.advance(period.minusDays(1));
        retention.drain();
        assertEquals(List.of(resolved.whatWasTried()), texts(resolved.escalationId()), "blanked before its time");
        assertEquals(List.of("note-" + marker), db().strings("select text from escalation_note where escalation_id = ?",
                resolved.escalationId()));

        clock.advance(Duration.ofDays(2));
        retention.drain();
        assertEquals(0, retention.drain(), "a second run finds nothing left to do");
        assertEquals(List.of("[erased]"), texts(resolved.escalationId()));
        assertEquals(List.of("[erased]"), db().strings("select text from escalation_note where escalation_id = ?",
                resolved.escalationId()));
        assertEquals(List.of("[erased]"), db().strings("select resolution_advice from escalation where id = ?",
                resolved.escalationId()));
        assertEquals(List.of("UNBLOCKED"), db().strings("select outcome from escalation where id = ?",
                resolved.escalationId()), "structure stays");
        assertEquals(1, db().count("select count(*) from audit_entry where object_id = ? and action = 'TEXT_ERASED'",
                resolved.escalationId().toString()), "blanked and audited once");
        // still the bridge's work: an open escalation keeps its text whatever its age
        assertEquals(List.of(open.whatWasTried()), texts(open.escalationId()));
        assertEquals(List.of("open-" + marker), db().strings("select text from escalation_note where escalation_id = ?",
                open.escalationId()));
    }

    @Test
    void aWithdrawnEscalationCountsFromItsWithdrawal() {
        Escalated withdrawn = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        TestEvents.publish(StackSupport.kafka(), "case.escalations", withdrawn.caseId().toString(),
                NetworkEvents.caseEvent("case.escalation-withdrawn.v1", withdrawn.caseId(),
                        NetworkEvents.withdrawn(withdrawn))); // withdrawn at 2026-11-24T08:00Z
        await().atMost(Duration.ofSeconds(30)).until(() -> db().count(
                "select count(*) from escalation where id = ? and status = 'WITHDRAWN'", withdrawn.escalationId()) == 1);
        Instant justBefore = Instant.parse("2026-11-24T08:00:00Z").plus(period).minus(Duration.ofHours(1));
        clock.advance(Duration.between(clock.instant(), justBefore));
        retention.drain();
        assertEquals(List.of(withdrawn.whatWasTried()), texts(withdrawn.escalationId()));
        clock.advance(Duration.ofHours(2));
        retention.drain();
        assertEquals(List.of("[erased]"), texts(withdrawn.escalationId()));
    }

    private List<String> texts(UUID escalationId) {
        return db().strings("select what_was_tried from escalation where id = ?", escalationId);
    }
}
