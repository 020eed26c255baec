package org.carebridge.advisory.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.inbox.TransientRetry;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * The way every consumer of this service takes an event in: read the envelope, skip other types on the topic,
 * read and validate the data into our own record (poison otherwise, for the dead-letter topic), and apply it,
 * retrying failures that go away by themselves.
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

    public <T> void take(String value, String type, Class<T> record, BiConsumer<T, CloudEvent> apply) {
        CloudEvent event = events.envelope(value);
        if (!type.equals(event.type())) {
            LOG.debugf("ignoring %s %s, waiting for %s", event.type(), event.id(), type);
            return;
        }
        T data = events.data(event, record);
        retry.run(event.type() + " " + event.id(), () -> apply.accept(data, event));
    }
}
