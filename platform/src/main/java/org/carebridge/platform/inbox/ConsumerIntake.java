package org.carebridge.platform.inbox;

import org.carebridge.platform.events.CloudEvent;

/**
 * One listener's way in, registered under the consumer name its inbox rows carry ({@link EventIntake#forConsumer}).
 * Every method that runs a handler runs it behind that consumer's inbox, in a transaction of its own.
 */
public final class ConsumerIntake {

    private final EventIntake intake;
    private final String consumer;

    ConsumerIntake(EventIntake intake, String consumer) {
        this.intake = intake;
        this.consumer = consumer;
    }

    /** For a topic whose consumer applies one type. */
    public <T> void take(String value, String type, Class<T> record, EventHandler<T> handler) {
        CloudEvent event = envelope(value);
        if (type.equals(event.type())) {
            apply(event, record, handler);
        } else {
            skip(event);
        }
    }

    /** For a topic whose consumer applies several types: read the envelope, then apply or skip by its type. */
    public CloudEvent envelope(String value) {
        return intake.envelope(value);
    }

    public <T> void apply(CloudEvent event, Class<T> record, EventHandler<T> handler) {
        intake.apply(consumer, event, record, handler);
    }

    public void skip(CloudEvent event) {
        intake.skip(consumer, event);
    }
}
