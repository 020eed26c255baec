package org.carebridge.network;

import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.stack.testing.Db;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;

import java.time.Duration;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/** Test steps several test classes share: an escalation that has arrived, an envelope's event id. */
public final class Bridge {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Bridge() {
    }

    /** Publishes the escalation for real and waits until network-service stored it. */
    public static Escalated arrived(Db db, Escalated event) {
        return arrived(db, event, data -> { });
    }

    /** Publishes the escalation with changed data and waits until network-service stored it. */
    public static Escalated arrived(Db db, Escalated event, Consumer<ObjectNode> change) {
        var data = event.data();
        change.accept(data);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", event.caseId().toString(), event.json(data));
        await().atMost(PATIENCE).until(() -> db.count("select count(*) from escalation where id = ?",
                event.escalationId()) == 1);
        return event;
    }

    public static String eventId(String envelope) {
        try {
            return NetworkEvents.JSON.readTree(envelope).get("id").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
