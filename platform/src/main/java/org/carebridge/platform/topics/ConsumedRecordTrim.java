package org.carebridge.platform.topics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Cuts from this service's topics every record that all of its readers have committed past (Kafka's DeleteRecords,
 * as Kafka Streams purges its repartition topics). Topics are transport, each service's database is the record: so a
 * text about a case does not outlive the case's erasure on the broker by more than one interval after every reader
 * applied it, and "nothing lost" holds because no record is cut before every reader committed it. The dead-letter
 * topics are not cut: an operator reads them (docs/privacy.md). What was cut is counted per topic in
 * {@value #TRIMMED} rather than logged at INFO, which every interval with traffic would fill.
 */
@ApplicationScoped
public class ConsumedRecordTrim {

    private static final Logger LOG = Logger.getLogger(ConsumedRecordTrim.class);
    private static final long PATIENCE_SECONDS = 10;
    static final String TRIMMED = "carebridge.topics.trimmed.records";

    private final TopicReaders topics;
    private final Map<String, Object> kafka;
    private final MeterRegistry meters;

    public ConsumedRecordTrim(TopicReaders topics, @Identifier("default-kafka-broker") Map<String, Object> kafka,
                              MeterRegistry meters) {
        this.topics = topics;
        this.kafka = kafka;
        this.meters = meters;
    }

    @Scheduled(every = "${carebridge.topics.trim-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        try {
            trim();
        } catch (RuntimeException e) {
            // the broker is down or slow: the next run cuts what this one could not; nothing waits on it
            LOG.warnf("consumed records not cut this time: %s", e.toString());
        }
    }

    /** @return per topic, the number of records cut now */
    public Map<String, Long> trim() {
        Map<String, Long> cut = new HashMap<>();
        if (topics.readers().isEmpty()) {
            return cut;
        }
        try (Admin admin = Admin.create(adminConfig())) {
            Map<String, Map<TopicPartition, Long>> committed = committedOffsets(admin);
            for (Map.Entry<String, List<String>> topic : topics.readers().entrySet()) {
                Map<TopicPartition, Long> first = firstOffsets(admin, topic.getKey());
                cut.put(topic.getKey(), cut(admin, TrimPoints.of(first, topic.getValue(), committed), first));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cutting consumed records", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer: " + e.getMessage(), e);
        }
        cut.values().removeIf(n -> n == 0);
        count(cut);
        return cut;
    }

    void count(Map<String, Long> cut) {
        cut.forEach((topic, records) -> meters.counter(TRIMMED, "topic", topic).increment(records));
        if (!cut.isEmpty()) {
            LOG.debugf("cut consumed records from topics: %s", cut);
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>();
        // only what an admin client understands: the broker address and its security settings
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS) / 2);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        return config;
    }

    private Map<String, Map<TopicPartition, Long>> committedOffsets(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        for (String group : topics.readers().values().stream().flatMap(List::stream).distinct().toList()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            committed.put(group, offsets.entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())));
        }
        return committed;
    }

    private Map<TopicPartition, Long> firstOffsets(Admin admin, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        TopicDescription description;
        try {
            description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(PATIENCE_SECONDS, TimeUnit.SECONDS).get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever published to it
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> earliest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.earliest()));
        return admin.listOffsets(earliest).all().get(PATIENCE_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static long cut(Admin admin, Map<TopicPartition, Long> cuts, Map<TopicPartition, Long> first)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (cuts.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, RecordsToDelete> deletions = cuts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> RecordsToDelete.beforeOffset(e.getValue())));
        admin.deleteRecords(deletions).all().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        return cuts.entrySet().stream().mapToLong(e -> e.getValue() - first.get(e.getKey())).sum();
    }
}
