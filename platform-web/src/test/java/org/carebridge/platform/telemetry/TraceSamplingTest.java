package org.carebridge.platform.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nothing is recorded without a collector; with one, everything a request or an event started. */
class TraceSamplingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Context SAMPLED_PARENT = Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(
            TRACE, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault())));

    @Test
    void withoutACollectorNothingIsRecordedNotEvenWhatACallerAskedFor() {
        for (Optional<String> none : List.of(Optional.<String>empty(), Optional.of(" "))) {
            Sampler sampler = TraceSampling.forCollector(none);
            assertEquals(SamplingDecision.DROP, decide(sampler, Context.root(), SpanKind.SERVER));
            assertEquals(SamplingDecision.DROP, decide(sampler, SAMPLED_PARENT, SpanKind.CONSUMER));
        }
    }

    @Test
    void withACollectorEveryRequestAndEventIsRecordedButNotATimersDatabaseCalls() {
        Sampler sampler = TraceSampling.forCollector(Optional.of("http://collector:4317"));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(sampler, Context.root(), SpanKind.SERVER));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(sampler, SAMPLED_PARENT, SpanKind.CLIENT));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(sampler, Context.root(), SpanKind.PRODUCER));
        assertEquals(SamplingDecision.DROP, decide(sampler, Context.root(), SpanKind.CLIENT));
    }

    private static SamplingDecision decide(Sampler sampler, Context parent, SpanKind kind) {
        return sampler.shouldSample(parent, TRACE, "span", kind, Attributes.empty(), List.of()).getDecision();
    }
}
