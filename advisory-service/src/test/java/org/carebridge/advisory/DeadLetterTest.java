package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.TestEvents.deadLetterReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events advisory-service can never apply go to advisory-service.dead-letters, unchanged and with the reason,
 * and do not block the events behind them.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class DeadLetterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "advisory-service.dead-letters";

    @Inject
    DataSource dataSource;

    @Test
    void notJsonIsDeadLettered() {
        String marker = UUID.randomUUID().toString();
        String value = "{\"specversion\":\"1.0\", broken " + marker;
        ConsumerRecord<String, String> dead = deadLetterOf(marker, marker, value);
        assertEquals(value, dead.value());
        assertTrue(deadLetterReason(dead).contains("not a CloudEvent"), deadLetterReason(dead));
        assertEquals("network.referrals", KafkaCompanion.getHeader(dead.headers(), "dead-letter-topic"));
    }

    @Test
    void aReferralWithoutQuestionIsDeadLetteredAndTheNextOneStillArrives() {
        Referred broken = AdvisoryEvents.referred("north");
        ObjectNode data = broken.data();
        data.remove("question");
        ConsumerRecord<String, String> dead = deadLetterOf(broken.pseudonym(), broken.referralId().toString(),
                broken.json(data));
        assertTrue(deadLetterReason(dead).contains("question"), deadLetterReason(dead));

        // same key, same partition: the poison event must not hold up the one behind it
        Referred next = AdvisoryEvents.referred("north");
        Referred sameYouth = new Referred(next.eventId(), next.referralId(), next.escalationId(), "north",
                broken.pseudonym(), next.question());
        TestEvents.publish(StackSupport.kafka(), "network.referrals", broken.pseudonym(), sameYouth.json());
        Db db = new Db(dataSource);
        await().atMost(PATIENCE).until(() -> db.count("select count(*) from referral where id = ?", next.referralId()) == 1);
        assertEquals(0, db.count("select count(*) from referral where id = ?", broken.referralId()));
    }

    @Test
    void anUnknownAgeBandIsDeadLettered() {
        assertDeadLettered(data -> data.put("ageBand", "16"), "ageBand");
    }

    @Test
    void anEmptyDomainListIsDeadLettered() {
        assertDeadLettered(data -> data.putArray("domains"), "domains");
    }

    @Test
    void aPseudonymThatIsNoHmacIsDeadLettered() {
        assertDeadLettered(data -> data.put("pseudonym", "amira-haddad-2009"), "pseudonym");
    }

    @Test
    void aDigestWithoutSequenceIsDeadLetteredAndTheNextOneStillArrives() {
        Digests.Digest broken = Digests.of("north", Digests.freshMonth());
        ObjectNode data = broken.data();
        data.remove("sequence");
        String id = UUID.randomUUID().toString();
        ConsumerRecord<String, String> dead = deadLetterOf("case.digests", broken.pseudonym(), id, broken.json(id, data));
        assertTrue(deadLetterReason(dead).contains("sequence"), deadLetterReason(dead));
        assertEquals("case.digests", KafkaCompanion.getHeader(dead.headers(), "dead-letter-topic"));

        Db db = new Db(dataSource);
        Digests.publish(db, broken.sequence(2));
        assertEquals(2, db.count("select sequence from case_digest where pseudonym = ?", broken.pseudonym()));
    }

    /** A tier of a newer case-service reads as the highest this release knows (issue 19): applied, kept raw. */
    @Test
    void aDigestWithAnEndingTierAddedLaterIsApplied() {
        Digests.Digest digest = Digests.of("north", Digests.freshMonth())
                .escalations(Digests.Escalation.ended("HOUSING", "MAYOR", 3));
        Db db = new Db(dataSource);
        List<String> ids = Digests.publish(db, digest);
        assertEquals(1, db.count("select count(*) from case_digest where pseudonym = ?", digest.pseudonym()));
        assertEquals(List.of("/escalations/0/endedBy=MAYOR"),
                db.strings("select unrecognised from inbox_event where event_id = ?", ids.get(0)));
    }

    @Test
    void aDigestWhoseEndingTierIsNoTierAtAllIsDeadLettered() {
        Digests.Digest digest = Digests.of("north", Digests.freshMonth())
                .escalations(Digests.Escalation.ended("HOUSING", "the mayor; <b>", 3));
        String id = UUID.randomUUID().toString();
        ConsumerRecord<String, String> dead = deadLetterOf("case.digests", digest.pseudonym(), id, digest.json(id));
        assertTrue(deadLetterReason(dead).contains("endedBy"), deadLetterReason(dead));
        assertEquals(0, new Db(dataSource).count("select count(*) from case_digest where pseudonym = ?", digest.pseudonym()));
    }

    @Test
    void aBridgeStepThatIsNoStepNameIsDeadLettered() {
        // an unknown name is read (ReferralLoopTest): the bridge's vocabulary is its own
        assertDeadLettered(data -> ((ObjectNode) data.get("bridgeSteps").get(0)).put("step", "gave up; <b>"),
                "bridgeSteps");
    }

    private void assertDeadLettered(Consumer<ObjectNode> breakIt, String field) {
        Referred event = AdvisoryEvents.referred("north");
        ObjectNode data = event.data();
        breakIt.accept(data);
        ConsumerRecord<String, String> dead = deadLetterOf(event.pseudonym(), event.referralId().toString(),
                event.json(data));
        assertTrue(deadLetterReason(dead).contains(field), deadLetterReason(dead));
        assertEquals(0, new Db(dataSource).count("select count(*) from referral where id = ?", event.referralId()));
    }

    /** Publishes under the key and waits for the dead letter whose value contains the marker. */
    private static ConsumerRecord<String, String> deadLetterOf(String key, String marker, String value) {
        return deadLetterOf("network.referrals", key, marker, value);
    }

    private static ConsumerRecord<String, String> deadLetterOf(String topic, String key, String marker, String value) {
        return TestEvents.deadLetterOf(DEAD_LETTERS, topic, key, marker, value);
    }
}
