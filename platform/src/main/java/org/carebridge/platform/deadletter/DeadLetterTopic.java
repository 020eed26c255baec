package org.carebridge.platform.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carebridge.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads this service's dead-letter topic directly, without a consumer group: listing must not move any offset,
 * and the topic itself is the record of what failed (nothing is copied into the database).
 */
@ApplicationScoped
public class DeadLetterTopic {
    /** Per partition; a topic with more than this is a broken producer, and the newest tell what is wrong now. */
    static final int NEWEST_PER_PARTITION = 500;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String topic;
    private final Map<String, Object> kafka;

    public DeadLetterTopic(@ConfigProperty(name = "carebridge.dead-letters.topic") String topic,
                           @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.topic = topic;
        this.kafka = kafka;
    }

    public String name() {
        return topic;
    }

    /** The newest records of every partition, newest first. */
    List<ConsumerRecord<String, String>> newest() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, PATIENCE);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
            partitions.forEach(p -> consumer.seek(p, Math.max(begin.get(p), end.get(p) - NEWEST_PER_PARTITION)));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, PATIENCE) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw unavailable(null);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(Comparator.<ConsumerRecord<String, String>>comparingLong(ConsumerRecord::timestamp)
                    .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset).reversed());
            return records;
        } catch (KafkaException e) {
            throw unavailable(e);
        }
    }

    /** How many records the topic holds now (within the broker's retention), over all partitions. */
    long size() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, PATIENCE);
            return consumer.endOffsets(partitions, PATIENCE).entrySet().stream()
                    .mapToLong(end -> end.getValue() - begin.get(end.getKey())).sum();
        } catch (KafkaException e) {
            throw unavailable(e);
        }
    }

    /** The record at {@code partition}/{@code offset}, if the topic (still) holds it. */
    Optional<ConsumerRecord<String, String>> at(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition p = new TopicPartition(topic, partition);
            if (consumer.partitionsFor(topic, PATIENCE).stream().noneMatch(i -> i.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(p));
            long begin = consumer.beginningOffsets(List.of(p), PATIENCE).get(p);
            long end = consumer.endOffsets(List.of(p), PATIENCE).get(p);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(p, offset);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return Optional.of(r);
                    }
                }
            }
            throw unavailable(null);
        } catch (KafkaException e) {
            throw unavailable(e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        // the broker's address and security settings (SCRAM over TLS in Kubernetes), as every client of the service
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.putAll(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, topic + "-reader",
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis()));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, never the service's consumer group
        return new KafkaConsumer<>(config);
    }

    private ProblemException unavailable(Exception cause) {
        return new ProblemException(503, "Service Unavailable", "the dead-letter topic " + topic
                + " cannot be read now (Kafka unreachable?); try again" + (cause == null ? "" : ": " + cause.getMessage()),
                List.of());
    }
}
