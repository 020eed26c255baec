package org.carebridge.platform.outbox;

/**
 * The data of an event that knows where it goes (Debezium's ExportedEvent is the model): a service's event records
 * implement it, so a publish site names the event only and cannot pair it with another event's topic or type.
 * These accessors are not record components, so they stay out of the event's JSON.
 */
public interface OutgoingEvent {

    String topic();

    /** The CloudEvents type, with its version: {@code case.escalated.v1}. */
    String type();

    /** The Kafka key: the case id (its pseudonym outside case-service) keeps one case's events in order. */
    String key();

    /** The CloudEvents subject: what the event is about, when that is not the key (a referral, an escalation). */
    default String subject() {
        return key();
    }
}
