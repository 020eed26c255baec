package org.carebridge.platform.inbox;

import org.carebridge.platform.events.CloudEvent;

/**
 * What a consumer does with one event: its effect, nothing else. It runs inside the transaction {@link EventIntake}
 * opened, after the inbox recorded the event as new for this consumer, so it never sees a duplicate and needs no
 * transaction or guard of its own. Throwing rolls back the effect and the inbox row together.
 */
@FunctionalInterface
public interface EventHandler<T> {

    void apply(T data, CloudEvent event);
}
