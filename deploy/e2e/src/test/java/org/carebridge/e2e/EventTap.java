package org.carebridge.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Keeps a copy of every event published on any topic while a test runs. The producers cut records from their topics
 * once every reader has them (ConsumedRecordTrim), so a check of what travelled must listen as it happens rather than
 * read the topics afterwards. It reads under a group of its own, which no producer counts as a reader.
 */
final class EventTap implements AutoCloseable {

    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread listener;

    EventTap(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "event-tap-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000"); // topics created later are found soon
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        listener = new Thread(this::listen, "event-tap");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        try {
            consumer.subscribe(Pattern.compile("[^_].*")); // every topic but Kafka's own
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** The values of the events seen on {@code topic} so far. */
    List<String> valuesOn(String topic) {
        return seen.stream().filter(r -> r.topic().equals(topic)).map(ConsumerRecord::value).toList();
    }

    /** Every event seen so far, by topic and value. */
    void forEach(BiConsumer<String, String> check) {
        seen.forEach(r -> check.accept(r.topic(), r.value()));
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        listener.join(Duration.ofSeconds(10).toMillis());
    }
}
