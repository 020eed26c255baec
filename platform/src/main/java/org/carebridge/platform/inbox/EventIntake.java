package org.carebridge.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.carebridge.platform.events.EventReader;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * The one way events come in, modelled on eventuate-tram's duplicate detector around every handler. A listener
 * registers once under the consumer name its inbox rows carry; then each event: read the envelope, skip types the
 * consumer does not apply (a later producer may add some to the topic: not poison), read and validate the data into
 * the service's own record (poison otherwise, for the dead-letter topic), and apply it in a transaction of its own
 * that first records the event in the inbox. A duplicate commits only that check and never reaches the handler; a
 * failing handler rolls back its inbox row with its effect, so the redelivery applies it. Failures that go away by
 * themselves retry the whole transaction (a serialisation failure needs a new one, not the doomed one again).
 * Each application is a span ("{consumer} apply {type}") in the trace the record came with, so one trace shows what
 * a request caused in every service.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final EventReader events;
    private final TransientRetry retry;
    private final Inbox inbox;
    private final Consumer<Runnable> inOwnTransaction;
    private final Tracer tracer;

    @Inject
    public EventIntake(EventReader events, TransientRetry retry, Inbox inbox, Tracer tracer) {
        this(events, retry, inbox, work -> QuarkusTransaction.requiringNew().run(work), tracer);
    }

    EventIntake(EventReader events, TransientRetry retry, Inbox inbox, Consumer<Runnable> inOwnTransaction,
                Tracer tracer) {
        this.events = events;
        this.retry = retry;
        this.inbox = inbox;
        this.inOwnTransaction = inOwnTransaction;
        this.tracer = tracer;
    }

    /**
     * @param consumer the name the inbox keys this listener's rows by, with the event id: it must stay the same
     *                 across releases, or events applied before would look new to the listener again
     */
    public ConsumerIntake forConsumer(String consumer) {
        return new ConsumerIntake(this, consumer);
    }

    CloudEvent envelope(String value) {
        return events.envelope(value);
    }

    <T> void apply(String consumer, CloudEvent event, Class<T> record, EventHandler<T> handler) {
        EventCodec.Read<T> read = events.read(event, record);
        // the current context is the record's: the messaging extension restores it from the record's traceparent
        // header before it calls the listener, so this span and the handler's database calls join the sender's trace
        Span span = tracer.spanBuilder(consumer + " apply " + event.type())
                .setAttribute("carebridge.event.id", event.id())
                .setAttribute("carebridge.event.type", event.type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            retry.run(event.type() + " " + event.id(), () -> inOwnTransaction.accept(() -> {
                if (inbox.firstDelivery(event, consumer, read.unrecognised())) {
                    handler.apply(read.data(), event);
                } else {
                    span.setAttribute("carebridge.event.duplicate", true);
                    LOG.debugf("%s %s already applied by %s", event.type(), event.id(), consumer);
                }
            }));
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    void skip(String consumer, CloudEvent event) {
        LOG.debugf("%s ignores %s %s: not a type it applies", consumer, event.type(), event.id());
    }
}
