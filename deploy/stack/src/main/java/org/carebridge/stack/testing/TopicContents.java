package org.carebridge.stack.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every record on some topics now, from the first one the broker still holds to the end offset of each partition
 * at the moment of asking. Reading up to known end offsets, without a consumer group, ends as soon as the last record
 * is in, where "poll until nothing came for 3 s" waited for a group join and then 3 s more on every read.
 */
public final class TopicContents {
    private static final Duration READ_FOR_AT_MOST = Duration.ofSeconds(30);

    private TopicContents() {
    }

    /** The records of each topic, each partition's in offset order; a topic without partitions maps to an empty list. */
    public static Map<String, List<ConsumerRecord<String, String>>> of(String bootstrapServers, List<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, List<ConsumerRecord<String, String>>> records = new LinkedHashMap<>();
        topics.forEach(topic -> records.put(topic, new ArrayList<>()));
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, READ_FOR_AT_MOST)
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_FOR_AT_MOST);
            long deadline = System.nanoTime() + READ_FOR_AT_MOST.toNanos();
            while (!allRead(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + topics + " not read to their end offsets " + ends
                            + " within " + READ_FOR_AT_MOST.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.get(record.topic()).add(record);
                }
            }
        }
        return records;
    }

    private static boolean allRead(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
