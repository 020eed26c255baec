package org.carebridge.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * The way every consumer takes an event in: read the envelope, skip types it does not apply (a later producer may
 * add some to the topic: not poison), read and validate the data into the service's own record (poison otherwise,
 * for the dead-letter topic), and apply it, retrying failures that go away by themselves.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final EventReader events;
    private final TransientRetry retry;

    public EventIntake(EventReader events, TransientRetry retry) {
        this.events = events;
        this.retry = retry;
    }

    /** For a topic whose consumer applies one type. */
    public <T> void take(String value, String type, Class<T> record, BiConsumer<T, CloudEvent> apply) {
        CloudEvent event = envelope(value);
        if (type.equals(event.type())) {
            apply(event, record, apply);
        } else {
            skip(event);
        }
    }

    /** For a topic whose consumer applies several types: read the envelope, then apply or skip by its type. */
    public CloudEvent envelope(String value) {
        return events.envelope(value);
    }

    public <T> void apply(CloudEvent event, Class<T> record, BiConsumer<T, CloudEvent> apply) {
        T data = events.data(event, record);
        retry.run(event.type() + " " + event.id(), () -> apply.accept(data, event));
    }

    public void skip(CloudEvent event) {
        LOG.debugf("ignoring %s %s: not a type this consumer applies", event.type(), event.id());
    }
}
