package org.carebridge.network.topics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carebridge.platform.topics.ConsumedRecordTrim;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the real broker: records leave network-service's topics once each reader the service names (case-service for
 * network.resolutions, advisory-service for network.referrals) has committed past them, and not a record before.
 * The readers' commits are made here (no case- or advisory-service runs in this test), as theirs would be.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class ConsumedRecordTrimTest {

    private static final String RESOLUTIONS = "network.resolutions";
    private static final String REFERRALS = "network.referrals";

    @Inject
    ConsumedRecordTrim trim;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void forgetTheReadersCommits() throws Exception {
        try (Admin admin = admin()) {
            for (String group : List.of("case-service", "advisory-service")) {
                try {
                    admin.deleteConsumerGroups(List.of(group)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @Test
    void recordsEveryReaderCommittedPastAreCutTheRestStays() throws Exception {
        List<RecordMetadata> sent = send(RESOLUTIONS, "trim-" + UUID.randomUUID(), 4);
        TopicPartition partition = new TopicPartition(RESOLUTIONS, sent.get(0).partition());
        long third = sent.get(2).offset();
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> firstBefore = firstOffsets(admin, RESOLUTIONS);
            commit(admin, "case-service", partition, third);

            Map<String, Long> cut = trim.trim();

            Map<TopicPartition, Long> firstAfter = firstOffsets(admin, RESOLUTIONS);
            assertEquals(third, firstAfter.get(partition), "everything before case-service's commit is gone");
            assertEquals(third - firstBefore.get(partition), cut.get(RESOLUTIONS));
            firstAfter.forEach((p, first) -> {
                if (!p.equals(partition)) {
                    assertEquals(firstBefore.get(p), first, "case-service committed nothing on " + p + ": all of it stays");
                }
            });
        }
    }

    @Test
    void aCommitOfAGroupThatIsNotANamedReaderCutsNothing() throws Exception {
        List<RecordMetadata> sent = send(REFERRALS, "trim-" + UUID.randomUUID(), 2);
        TopicPartition partition = new TopicPartition(REFERRALS, sent.get(0).partition());
        try (Admin admin = admin()) {
            long firstBefore = firstOffsets(admin, REFERRALS).get(partition);
            commit(admin, "case-service", partition, sent.get(1).offset() + 1); // case-service does not read referrals

            trim.trim();

            assertEquals(firstBefore, firstOffsets(admin, REFERRALS).get(partition),
                    "advisory-service, the topic's reader, has not committed: nothing is cut");
        }
    }

    private List<RecordMetadata> send(String topic, String key, int count) throws Exception {
        List<RecordMetadata> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                sent.add(producer.send(new ProducerRecord<>(topic, key, "{\"n\":" + i + "}")).get());
            }
        }
        return sent;
    }

    private static void commit(Admin admin, String group, TopicPartition partition, long offset) throws Exception {
        admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset))).all().get();
    }

    private static Map<TopicPartition, Long> firstOffsets(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> earliest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                .get(topic).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.earliest()));
        return admin.listOffsets(earliest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
