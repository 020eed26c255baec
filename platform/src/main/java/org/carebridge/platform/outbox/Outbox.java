package org.carebridge.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes an event into the outbox inside the caller's transaction, so the event exists if and only if the
 * state change it announces was committed. {@link OutboxRelay} publishes it to Kafka after the commit.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(EventCodec codec, Event<OutboxWritten> written,
                  @ConfigProperty(name = "carebridge.events.source") String source) {
        this.codec = codec;
        this.written = written;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(OutgoingEvent data) {
        CloudEvent event = codec.wrap(source, data.type(), data.subject(), data);
        write(UUID.fromString(event.id()), data.topic(), data.key(), data.type(), codec.write(event));
        return event;
    }

    /**
     * Sends an existing event again, unchanged (same id, so consumers' inboxes recognise it), e.g. a replayed dead
     * letter. Its outbox row gets an id of its own: the same event may be sent again more than once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republish(String topic, String key, String type, String envelope) {
        write(UUID.randomUUID(), topic, key, type, envelope);
    }

    /**
     * Forgets the events already relayed under these keys (an erased case's): once on Kafka, the outbox row is only a
     * copy, and its envelope may carry the case's free text. Events not yet relayed stay, or they would be lost.
     *
     * @return how many rows were deleted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetPublished(Collection<String> keys) {
        return keys.isEmpty() ? 0 : OutboxEvent.delete("key in ?1 and publishedAt is not null", keys);
    }

    private void write(UUID id, String topic, String key, String type, String envelope) {
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = topic;
        row.key = key;
        row.type = type;
        row.envelope = envelope;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        StoredTrace trace = StoredTrace.current();
        row.traceParent = trace.traceparent();
        row.traceState = trace.tracestate();
        row.persist();
        written.fire(new OutboxWritten());
    }

    /** Fired inside the writing transaction; observed after a successful commit to relay without waiting for a poll. */
    public record OutboxWritten() {
    }
}
