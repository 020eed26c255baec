package org.carebridge.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outbox row keeps the trace of the transaction that wrote it, and the relay sends it within that trace, though it
 * runs later on a thread of its own.
 */
class StoredTraceTest {

    private final SdkTracerProvider tracing = SdkTracerProvider.builder().build();

    @Test
    void theRelaySendsARowUnderTheSpanThatWroteIt() {
        Span request = tracing.get("test").spanBuilder("POST /api/cases/{id}/escalations").startSpan();
        OutboxEvent row = row();
        try (Scope ignored = request.makeCurrent()) {
            StoredTrace written = StoredTrace.current();
            row.traceParent = written.traceparent();
            row.traceState = written.tracestate();
        } finally {
            request.end();
        }
        assertTrue(row.traceParent.contains(request.getSpanContext().getTraceId()), row.traceParent);

        // on the relay's thread, where nothing is current
        SpanContext parentOfTheSend = sendParent(row);
        assertEquals(request.getSpanContext().getTraceId(), parentOfTheSend.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), parentOfTheSend.getSpanId());
        assertTrue(parentOfTheSend.isSampled());
    }

    @Test
    void aRowWrittenOutsideAnyTraceIsSentInATraceOfItsOwn() {
        OutboxEvent row = row();
        StoredTrace written = StoredTrace.current();
        assertNull(written.traceparent());
        row.traceParent = written.traceparent();

        // sent from a thread that happens to hold some context: the row must not join it
        Span unrelated = tracing.get("test").spanBuilder("outbox poll").startSpan();
        try (Scope ignored = unrelated.makeCurrent()) {
            assertFalse(sendParent(row).isValid());
        } finally {
            unrelated.end();
        }
    }

    private static SpanContext sendParent(OutboxEvent row) {
        Context context = TracingMetadata.fromMessage(OutboxRelay.toMessage(row)).orElseThrow().getCurrentContext();
        return Span.fromContext(context).getSpanContext();
    }

    private static OutboxEvent row() {
        OutboxEvent row = new OutboxEvent();
        row.topic = "case.escalations";
        row.key = "k";
        row.type = "case.escalated.v1";
        row.envelope = "{}";
        return row;
    }
}
