package org.carebridge.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.validation.Validation;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.events.PoisonEventException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox check and the transaction are the intake's, around every handler: the handlers here have no guard of
 * their own, as no service's handler has. The inbox table and the transaction manager are kept in memory, with the
 * one property that matters: rows written in a transaction exist only once it commits.
 */
class EventIntakeTest {

    static final String TYPE = "test.noted.v1";

    record Noted(String text) {
    }

    private final InMemoryInbox inbox = new InMemoryInbox();
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    private final EventIntake intake = new EventIntake(
            new EventReader(new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())),
                    Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                            .buildValidatorFactory().getValidator()),
            new TransientRetry(Duration.ofSeconds(10)), inbox, inbox::inTransaction, tracing.get("test"));
    private final List<String> applied = new ArrayList<>();

    @Test
    void aSecondDeliveryOfTheSameEventDoesNotRunTheEffect() {
        ConsumerIntake notes = intake.forConsumer("test-service.notes");
        notes.take(event("e-1"), TYPE, Noted.class, (data, event) -> applied.add(data.text()));
        notes.take(event("e-1"), TYPE, Noted.class, (data, event) -> applied.add(data.text()));

        assertEquals(List.of("hello"), applied);
        assertEquals(Set.of("e-1 test-service.notes"), inbox.committed);
    }

    @Test
    void eachConsumerAppliesTheEventOnce() {
        intake.forConsumer("test-service.notes").take(event("e-1"), TYPE, Noted.class, (data, event) -> applied.add("notes"));
        intake.forConsumer("test-service.stats").take(event("e-1"), TYPE, Noted.class, (data, event) -> applied.add("stats"));

        assertEquals(List.of("notes", "stats"), applied);
    }

    @Test
    void aFailingEffectRollsBackItsInboxRowSoTheRedeliveryRunsIt() {
        ConsumerIntake notes = intake.forConsumer("test-service.notes");
        assertThrows(PoisonEventException.class, () -> notes.take(event("e-1"), TYPE, Noted.class, (data, event) -> {
            applied.add("half an effect");
            throw new PoisonEventException("refused");
        }));
        assertEquals(Set.of(), inbox.committed, "the failed delivery left no inbox row");

        CloudEvent envelope = notes.envelope(event("e-1"));
        notes.apply(envelope, Noted.class, (data, event) -> applied.add(data.text()));

        assertEquals(List.of("half an effect", "hello"), applied);
        assertEquals(Set.of("e-1 test-service.notes"), inbox.committed);
    }

    @Test
    void aTransientFailureIsRetriedInANewTransaction() {
        // retried inside the failed transaction, the second attempt would find the first one's inbox row and skip
        intake.forConsumer("test-service.notes").take(event("e-1"), TYPE, Noted.class, (data, event) -> {
            applied.add(data.text());
            if (applied.size() == 1) {
                throw new IllegalStateException(new SQLException("could not serialize access", "40001"));
            }
        });

        assertEquals(List.of("hello", "hello"), applied);
        assertEquals(2, inbox.transactions);
        assertEquals(Set.of("e-1 test-service.notes"), inbox.committed);
    }

    @Test
    void theHandlerRunsInASpanOfTheTraceTheRecordCameWith() {
        // what the messaging extension makes current from the record's traceparent header before calling a listener
        Span received = tracing.get("test").spanBuilder("test.notes receive").startSpan();
        List<SpanContext> current = new ArrayList<>();
        try (Scope ignored = received.makeCurrent()) {
            intake.forConsumer("test-service.notes").take(event("e-1"), TYPE, Noted.class,
                    (data, event) -> current.add(Span.current().getSpanContext()));
        } finally {
            received.end();
        }

        SpanData apply = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals("test-service.notes apply " + TYPE)).findFirst().orElseThrow();
        assertEquals(received.getSpanContext().getTraceId(), apply.getTraceId());
        assertEquals(received.getSpanContext().getSpanId(), apply.getParentSpanId());
        assertEquals(List.of(apply.getSpanContext()), current, "the handler's own calls are children of the apply span");
    }

    @Test
    void noWayInRunsAHandlerWithoutAConsumerName() {
        // a listener gets a ConsumerIntake only by naming its consumer, and the shared intake runs no handler itself
        assertEquals(0, ConsumerIntake.class.getConstructors().length);
        List<Method> unguarded = Arrays.stream(EventIntake.class.getMethods())
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(EventHandler.class))
                .toList();
        assertEquals(List.of(), unguarded);
        assertTrue(Arrays.stream(ConsumerIntake.class.getMethods())
                .anyMatch(m -> Arrays.asList(m.getParameterTypes()).contains(EventHandler.class)));
    }

    private static String event(String id) {
        return """
                {"specversion":"1.0","id":"%s","source":"test","type":"%s","data":{"text":"hello"}}""".formatted(id, TYPE);
    }

    /** The inbox table and its transactions: a row written in a transaction is committed only if the work returns. */
    private static final class InMemoryInbox extends Inbox {

        final Set<String> committed = new HashSet<>();
        int transactions;
        private Set<String> pending;

        InMemoryInbox() {
            super(null);
        }

        @Override
        boolean firstDelivery(CloudEvent event, String consumer, List<String> unrecognised) {
            if (pending == null) {
                throw new IllegalStateException("the inbox is asked outside a transaction");
            }
            String row = event.id() + " " + consumer;
            return !committed.contains(row) && pending.add(row);
        }

        void inTransaction(Runnable work) {
            transactions++;
            pending = new HashSet<>();
            try {
                work.run();
                committed.addAll(pending);
            } finally {
                pending = null;
            }
        }
    }
}
