package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.advisory.AdvisoryEvents.arrived;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * case.digest-erased.v1 on the real broker: every free text tied to the pseudonym is gone from every column of
 * every table, the structure stays for the statistics, the erasure is audited and applied once.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class ErasureTest {

    @Inject
    DataSource dataSource;

    @Test
    void anErasedCaseLeavesNoTextOfItsReferralsInAnyTable() {
        FreeTexts written = FreeTexts.everywhere(db());
        Referred referral = written.referral();
        Referred untouched = arrived(AdvisoryEvents.referred("north"));
        for (String text : written.texts()) {
            assertEquals(false, db().columnsContaining(text).isEmpty(), "the scan finds what is stored: " + text);
        }

        String erasure = erased(referral.pseudonym());
        for (String text : written.texts()) {
            assertEquals(List.of(), db().columnsContaining(text), "still stored: " + text);
        }
        assertEquals(List.of(), db().columnsContaining(written.name()));

        as("ada").get("/api/advisory/referrals/{id}", referral.referralId()).then().statusCode(200)
                .body("question", equalTo("[erased]")).body("advice.text", equalTo("[erased]"))
                .body("status", equalTo("ADVISED")).body("barrier", equalTo("SCHOOL_ACCESS"))
                .body("ageBand", equalTo("16-17")).body("referredAt", equalTo("2026-11-24T09:02:11Z"));
        as("ada").get("/api/advisory/sessions/{id}", written.sessionId()).then().statusCode(200)
                .body("minutes", equalTo("[erased]")).body("agenda[0].decision", equalTo("[erased]"))
                .body("agenda[0].decidedBy", equalTo("ada"));
        as("ada").get("/api/advisory/lessons/{id}", written.lessonId()).then().statusCode(200)
                .body("summary", equalTo("[erased]")).body("title", equalTo("Mid-year school places"));
        as("ada").get("/api/advisory/referrals/{id}", untouched.referralId()).then().statusCode(200)
                .body("question", equalTo(untouched.question()));

        // applied once: the same event again, and a second erasure, blank nothing more
        TestEvents.publish(StackSupport.kafka(), "case.digests", referral.pseudonym(), erasure);
        erased(referral.pseudonym());
        assertEquals(1, db().count("""
                select count(*) from audit_entry where action = 'ERASE_FREE_TEXT' and object_type = 'referral'
                and object_id = ?""", referral.referralId().toString()));
        assertEquals(2, db().count("select count(*) from audit_entry where action = 'ERASURE' and object_id = ?",
                referral.pseudonym()));
    }

    @Test
    void aReferralArrivingAfterItsCaseWasErasedIsStoredBlank() {
        Referred late = AdvisoryEvents.referred("north");
        erased(late.pseudonym());
        arrived(late);
        as("ada").get("/api/advisory/referrals/{id}", late.referralId()).then().statusCode(200)
                .body("question", equalTo("[erased]"));
        assertEquals(List.of(), db().columnsContaining(late.question()));
    }

    /** Publishes case.digest-erased.v1 and waits until it was applied; answers the envelope. */
    private String erased(String pseudonym) {
        String id = UUID.randomUUID().toString();
        ObjectNode data = AdvisoryEvents.JSON.createObjectNode().put("pseudonym", pseudonym)
                .put("erasedAt", "2026-12-04T10:00:00Z");
        String envelope = AdvisoryEvents.envelope(id, "carebridge/case-service", "case.digest-erased.v1", pseudonym, data);
        TestEvents.publish(StackSupport.kafka(), "case.digests", pseudonym, envelope);
        await().atMost(Duration.ofSeconds(30)).until(() -> db().count(
                "select count(*) from inbox_event where consumer = 'advisory-service.case-erasures' and event_id = ?", id) == 1);
        return envelope;
    }

    private Db db() {
        return new Db(dataSource);
    }
}
