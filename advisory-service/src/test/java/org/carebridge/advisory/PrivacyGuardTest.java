package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advisory group must never hold what identifies the young person. A referral event is crafted that
 * carries, by a producer's mistake, what only case-service knows (name, birth date, address, case id, the
 * team's notes) as fields advisory-service does not know. Decision: unknown fields of consumed events are
 * ignored (forward compatibility), so the referral is accepted, but they are never stored nor shown. Proven
 * on every text of every column of every table, and on every API answer.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class PrivacyGuardTest {

    @Inject
    DataSource dataSource;

    @Test
    void whatOnlyCaseServiceKnowsNeverReachesTheAdvisoryGroup() throws Exception {
        String familyName = "Haddad" + Long.toString(System.nanoTime(), 36);
        UUID caseId = UUID.randomUUID();
        List<String> theYouths = List.of(familyName, "2009-03-14", "14/03/2009", "Kerkstraat 12",
                caseId.toString(), "teacher saw bruises");

        Referred event = AdvisoryEvents.referred("north");
        ObjectNode data = event.data();
        data.put("youthName", "Amira " + familyName);
        data.put("birthDate", "2009-03-14");
        data.put("dateOfBirth", "14/03/2009");
        data.put("address", "Kerkstraat 12, 9000 Gent");
        data.put("caseId", caseId.toString());
        data.put("whatWasTried", "The teacher saw bruises; Amira " + familyName + " refuses to go home");
        data.putObject("youth").put("name", "Amira " + familyName).put("birthDate", "2009-03-14");
        ObjectNode envelope = (ObjectNode) AdvisoryEvents.JSON.readTree(event.json(data));
        envelope.put("youthname", "Amira " + familyName); // an unknown CloudEvents extension attribute, too
        TestEvents.publish(StackSupport.kafka(), "network.referrals", event.pseudonym(), envelope.toString());

        Db db = new Db(dataSource);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("select count(*) from referral where id = ?", event.referralId()) == 1);

        List<String> answers = new ArrayList<>();
        answers.add(as("ada").get("/api/advisory/referrals/{id}", event.referralId())
                .then().statusCode(200).extract().asString());
        answers.add(as("ada").queryParam("size", 100).get("/api/advisory/referrals")
                .then().statusCode(200).extract().asString());
        answers.add(as("ada").contentType(ContentType.JSON).body(Map.of("advice", "Involve the reception school."))
                .post("/api/advisory/referrals/{id}/advice", event.referralId())
                .then().statusCode(201).extract().asString());
        answers.add(as("ada").get("/api/advisory/referrals/{id}", event.referralId())
                .then().statusCode(200).extract().asString());
        // the outbox row of the advice is written by now, so the scan covers what flows back down as well
        assertEquals(1, db.count("select count(*) from outbox_event where envelope like ?",
                "%" + event.referralId() + "%"));

        assertTrue(answers.get(0).contains(event.question()), "the scan looks at real answers");
        assertFalse(db.columnsContaining(event.question()).isEmpty(), "the scan finds what is stored");
        for (String secret : theYouths) {
            assertEquals(List.of(), db.columnsContaining(secret), "stored: " + secret);
            for (String answer : answers) {
                assertFalse(answer.contains(secret), "answered: " + secret);
            }
        }
        assertEquals(List.of(), db.columnsContaining("Amira"));
        assertEquals(List.of(), db.columnsContaining("youthName"));
    }

    /**
     * The same for everything built on top: a digest and a referral whose steps carry, by mistake, names, birth
     * dates, addresses, case ids and team notes; then every endpoint that shows what was stored (statistics, CSV,
     * referral, lesson from advice, barrier evidence, policy signal as JSON and PDF, session agenda) is asked, and
     * the whole database is searched.
     */
    @Test
    void noIdentifyingValueReachesStatisticsLessonsBarriersSignalsOrSessions() throws Exception {
        String familyName = "Yilmaz" + Long.toString(System.nanoTime(), 36);
        UUID caseId = UUID.randomUUID();
        List<String> theYouths = List.of(familyName, "2008-07-21", "21/07/2008", "Dorpsplein 7", caseId.toString(),
                "mother drinks", "Mrs Peeters");
        Db db = new Db(dataSource);

        Digests.Digest digest = Digests.of("north", Digests.freshMonth())
                .escalations(Digests.Escalation.ended("RESIDENCE_STATUS", "BRIDGE", 4));
        ObjectNode d = digest.data();
        d.put("youthName", "Elif " + familyName);
        d.put("dateOfBirth", "2008-07-21");
        d.put("address", "Dorpsplein 7, 2000 Antwerpen");
        d.put("caseId", caseId.toString());
        d.putArray("notes").add("mother drinks");
        ((ObjectNode) d.get("escalations").get(0)).put("whatWasTried", "Mrs Peeters talked to Elif " + familyName);
        String digestEvent = UUID.randomUUID().toString();
        Digests.send(List.of(new ProducerRecord<>("case.digests", digest.pseudonym(), digest.json(digestEvent, d))));
        Digests.awaitConsumed(db, List.of(digestEvent));

        Referred event = AdvisoryEvents.referred("north");
        ObjectNode data = event.data();
        data.put("barrier", "RESIDENCE_STATUS");
        data.put("birthDate", "21/07/2008");
        ((ObjectNode) data.get("bridgeSteps").get(0)).put("note", "mother drinks, says Mrs Peeters")
                .put("invited", "Mrs Peeters").put("caseId", caseId.toString());
        TestEvents.publish(StackSupport.kafka(), "network.referrals", event.pseudonym(), event.json(data));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("select count(*) from referral where id = ?", event.referralId()) == 1);

        List<String> answers = new ArrayList<>();
        String quarter = Digests.quarter(java.time.YearMonth.from(digest.openedOn()));
        answers.add(as("ada").queryParam("quarter", quarter).get("/api/advisory/digest")
                .then().statusCode(200).extract().asString());
        answers.add(as("ada").queryParam("quarter", quarter).get("/api/advisory/digest/export.csv")
                .then().statusCode(200).extract().asString());
        answers.add(as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("bridgeSteps.step", hasItem("CLAIMED")).extract().asString());
        answers.add(as("ada").contentType(ContentType.JSON).body(Map.of("advice", "Contact the residence desk."))
                .post("/api/advisory/referrals/{id}/advice", event.referralId()).then().statusCode(201).extract().asString());
        answers.add(as("ada").contentType(ContentType.JSON).body(Map.of("title", "Residence desk"))
                .post("/api/advisory/referrals/{id}/lesson", event.referralId()).then().statusCode(201).extract().asString());
        answers.add(as("ada").queryParam("size", 100).get("/api/advisory/lessons").then().statusCode(200).extract().asString());
        String barrier = as("ada").contentType(ContentType.JSON)
                .body(Map.of("title", "Residence permits expire at 18", "description", "d", "category", "RESIDENCE_STATUS"))
                .post("/api/advisory/barriers").then().statusCode(201).extract().path("id");
        answers.add(as("ada").contentType(ContentType.JSON).body(Map.of("referralId", event.referralId().toString()))
                .post("/api/advisory/barriers/{id}/evidence", barrier).then().statusCode(200).extract().asString());
        String signal = as("ada").post("/api/advisory/barriers/{id}/signals", barrier).then().statusCode(201)
                .extract().asString();
        answers.add(signal);
        byte[] pdf = as("ada").get("/api/advisory/signals/{id}/pdf", JsonPath.from(signal).getString("signalId"))
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            answers.add(new PDFTextStripper().getText(document));
        }
        answers.add(as("ada").contentType(ContentType.JSON)
                .body(Map.of("date", "2026-12-10", "members", List.of("ada"), "agendaSize", 50))
                .post("/api/advisory/sessions").then().statusCode(201).extract().asString());
        answers.add(as("ada").queryParam("size", 100).get("/api/advisory/barriers").then().statusCode(200).extract().asString());

        assertTrue(answers.get(2).contains(event.pseudonym()), "the scan looks at real answers");
        assertFalse(db.columnsContaining(digest.pseudonym()).isEmpty(), "the scan finds what is stored");
        for (String secret : theYouths) {
            assertEquals(List.of(), db.columnsContaining(secret), "stored: " + secret);
            for (String answer : answers) {
                assertFalse(answer.contains(secret), "answered: " + secret);
            }
        }
        assertEquals(List.of(), db.columnsContaining("Elif"));
    }
}
