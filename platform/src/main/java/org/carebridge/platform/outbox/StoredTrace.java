package org.carebridge.platform.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context of the transaction that wrote an outbox row, kept in the row: the relay runs later, on a
 * thread of its own, where nothing of the request that caused the event is current any more.
 */
record StoredTrace(String traceparent, String tracestate) {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    /** What is current here; both null outside any trace. */
    static StoredTrace current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return new StoredTrace(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** The context to send under: the stored one, or a fresh root (never whatever the relay thread holds). */
    Context restore() {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, Fields.INSTANCE);
    }

    private enum Fields implements TextMapGetter<StoredTrace> {
        INSTANCE;

        @Override
        public Iterable<String> keys(StoredTrace carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(StoredTrace carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceparent : TRACESTATE.equals(key) ? carrier.tracestate : null;
        }
    }
}
