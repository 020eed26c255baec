package org.carebridge.advisory;

import io.restassured.http.ContentType;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;

/**
 * A referral of region north with every free text the advisory group can tie to it, each naming the youth by a
 * marker no other test uses: the bridge's question, the advice (relayed downstream), a lesson made from the
 * advice and published, a session that had it on its agenda with minutes and a decision on it (relayed as a step).
 */
public record FreeTexts(Referred referral, String name, String lessonId, String sessionId, List<String> texts) {

    public static FreeTexts everywhere(Db db) {
        String name = "Amira Haddad" + Long.toString(System.nanoTime(), 36);
        UUID caseId = UUID.randomUUID();
        Referred referral = new Referred(UUID.randomUUID().toString(), UUID.randomUUID(), UUID.randomUUID(), "north",
                TestEvents.pseudonym(caseId), "Which school takes " + name + " mid-year?");
        TestEvents.publish(StackSupport.kafka(), "network.referrals", referral.pseudonym(), referral.json());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("select count(*) from referral where id = ?", referral.referralId()) == 1);

        String advice = "Ask the reception school of " + name + " for a mid-year place.";
        as("ada").contentType(ContentType.JSON).body(Map.of("advice", advice))
                .post("/api/advisory/referrals/{id}/advice", referral.referralId()).then().statusCode(201);
        String lessonId = as("ada").contentType(ContentType.JSON).body(Map.of("title", "Mid-year school places"))
                .post("/api/advisory/referrals/{id}/lesson", referral.referralId()).then().statusCode(201)
                .extract().path("id");
        as("ada").post("/api/advisory/lessons/{id}/publication", lessonId).then().statusCode(200);

        UUID sessionId = UUID.randomUUID();
        db.update("""
                insert into advisory_session (id, region, held_on, members, minutes, created_by, created_at, version)
                values (?, 'north', date '2026-12-10', '{ada}', '', 'ada', now(), 0)""", sessionId);
        db.update("insert into session_agenda_item (session_id, position, referral_id) values (?, 0, ?)",
                sessionId, referral.referralId());
        String minutes = "We discussed " + name + " at length.";
        String decision = "Write to the school board about " + name + ".";
        as("ada").contentType(ContentType.JSON).body(Map.of("minutes", minutes))
                .put("/api/advisory/sessions/{id}/minutes", sessionId).then().statusCode(200);
        as("ada").contentType(ContentType.JSON)
                .body(Map.of("referralId", referral.referralId().toString(), "decision", decision, "final", true))
                .post("/api/advisory/sessions/{id}/decisions", sessionId).then().statusCode(200);

        // the advice, the lesson and the decision's step went downstream: their outbox rows are relayed history now
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from outbox_event where published_at is not null and strpos(envelope, ?) > 0", name) == 3);
        return new FreeTexts(referral, name, lessonId, sessionId.toString(),
                List.of(referral.question(), advice, minutes, decision));
    }
}
