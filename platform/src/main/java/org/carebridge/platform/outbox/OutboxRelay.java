package org.carebridge.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.mutiny.Uni;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker acknowledged.
 * Runs right after each commit (low latency) and on a poll (anything left over after a crash or a Kafka outage).
 * A single relay thread per instance and a PostgreSQL advisory lock across instances keep each key's order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CONTENT_TYPE = "content-type";
    private static final byte[] STRUCTURED_CLOUD_EVENT =
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);
    private static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(2);
    private static final String RELAY_LOCK = "select pg_try_advisory_xact_lock(hashtext('carebridge-outbox-relay'))";

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final int batchSize;
    private final Duration ackTimeout;
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean runQueued = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager em,
                       @ConfigProperty(name = "carebridge.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "carebridge.outbox.ack-timeout", defaultValue = "PT10S") Duration ackTimeout) {
        this.emitter = emitter;
        this.em = em;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        requestRun();
    }

    // not before the application started: on a slow start the first poll came before the Kafka channels were wired,
    // and creating this bean then failed with "Unable to connect an emitter" (logged as an error, harmless)
    @Scheduled(every = "${carebridge.outbox.poll-interval:2s}", delayed = "${carebridge.outbox.initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        requestRun();
    }

    /**
     * Lets the batch in flight finish (its sends acknowledged or not, its rows marked accordingly, its transaction
     * committed) and starts no other: a batch cut short would be sent again by the next instance, whole. Bounded by
     * the acknowledgement timeout; what is left is relayed by whichever instance polls next.
     */
    void shutdown(@Observes ShutdownEvent event) {
        stopping.set(true);
        relayThread.shutdown();
        try {
            if (!relayThread.awaitTermination(ackTimeout.toMillis() + SHUTDOWN_MARGIN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("outbox relay still sending at shutdown; its unmarked rows are sent again after the restart");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Coalesces many commits into one relay run; the run drains everything pending. */
    private void requestRun() {
        if (runQueued.compareAndSet(false, true) && !relayThread.isShutdown()) {
            relayThread.execute(() -> {
                runQueued.set(false);
                try {
                    while (relayBatch() == batchSize && !stopping.get()) {
                        // a full batch means more may be waiting; at shutdown the next instance takes it
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("outbox relay paused, will retry on the next poll: %s", e.getMessage());
                }
            });
        }
    }

    /** @return the number of rows published in this batch */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery(RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxEvent> pending = OutboxEvent.find("publishedAt is null order by createdAt, id")
                    .page(0, batchSize).list();
            List<Uni<Void>> acks = new ArrayList<>(pending.size());
            for (OutboxEvent row : pending) {
                acks.add(emitter.sendMessage(toMessage(row)));
            }
            int published = 0;
            for (int i = 0; i < pending.size(); i++) {
                OutboxEvent row = pending.get(i);
                try {
                    acks.get(i).await().atMost(ackTimeout);
                    row.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    published++;
                } catch (RuntimeException e) {
                    row.attempts++;
                    row.lastError = String.valueOf(e.getMessage());
                    LOG.warnf("outbox event %s (%s) not acknowledged: %s", row.id, row.type, e.getMessage());
                    break; // later rows may share its key: keep them back to keep the order
                }
            }
            return published;
        });
    }

    static Message<String> toMessage(OutboxEvent row) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.key)
                // the Kafka binding's structured mode: the value is the whole event (readers turn the connector's
                // own CloudEvents support off, which would unwrap it); event-type lets a reader skip without parsing
                .withHeaders(List.of(new RecordHeader(CONTENT_TYPE, STRUCTURED_CLOUD_EVENT),
                        new RecordHeader("event-type", row.type.getBytes(StandardCharsets.UTF_8))))
                .build();
        // the send span, and the traceparent header the connector writes from it, continue the trace of the request
        // that wrote the row (the relay thread has no context of its own); without a stored one, a trace of its own
        Context trace = new StoredTrace(row.traceParent, row.traceState).restore();
        return Message.of(row.envelope).addMetadata(metadata).addMetadata(TracingMetadata.withCurrent(trace));
    }
}
