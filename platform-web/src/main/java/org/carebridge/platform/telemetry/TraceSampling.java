package org.carebridge.platform.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Which spans are recorded and exported. Without a collector ({@code carebridge.otlp.endpoint}, from
 * CAREBRIDGE_OTLP_ENDPOINT, unset) none: every request and event still gets a trace and span id, carried across the
 * services in {@code traceparent} and written on every log line, but nothing is sent anywhere. With one, every trace,
 * except the database calls that no request or event started (the outbox poll, the scheduled sweeps every few
 * seconds), which would bury the traces an operator looks for under thousands of one-span traces.
 */
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "carebridge.otlp.endpoint") Optional<String> collector) {
        return forCollector(collector);
    }

    static Sampler forCollector(Optional<String> collector) {
        return collector.filter(endpoint -> !endpoint.isBlank()).isPresent()
                ? new WithoutOrphanClientSpans(Sampler.parentBased(Sampler.alwaysOn()))
                : Sampler.alwaysOff();
    }

    /** Drops a client span (JDBC, an outgoing call) that has no parent: work of a timer, not of anyone's request. */
    static final class WithoutOrphanClientSpans implements Sampler {
        private final Sampler delegate;

        WithoutOrphanClientSpans(Sampler delegate) {
            this.delegate = delegate;
        }

        @Override
        public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                           Attributes attributes, List<LinkData> parentLinks) {
            if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
                return SamplingResult.drop();
            }
            return delegate.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
        }

        @Override
        public String getDescription() {
            return "WithoutOrphanClientSpans{" + delegate.getDescription() + "}";
        }
    }
}
