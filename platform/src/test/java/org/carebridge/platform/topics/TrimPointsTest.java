package org.carebridge.platform.topics;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrimPointsTest {

    private static final TopicPartition P0 = new TopicPartition("advisory.advice", 0);
    private static final TopicPartition P1 = new TopicPartition("advisory.advice", 1);
    private static final TopicPartition P2 = new TopicPartition("advisory.advice", 2);

    @Test
    void cutsEachPartitionBelowTheSlowestReader() {
        Map<TopicPartition, Long> cuts = TrimPoints.of(Map.of(P0, 0L, P1, 4L),
                List.of("network-service", "case-service"),
                Map.of("network-service", Map.of(P0, 10L, P1, 7L), "case-service", Map.of(P0, 6L, P1, 9L)));

        assertEquals(Map.of(P0, 6L, P1, 7L), cuts);
    }

    @Test
    void keepsAPartitionOneReaderHasNoOffsetFor() {
        Map<TopicPartition, Long> cuts = TrimPoints.of(Map.of(P0, 0L, P2, 0L),
                List.of("network-service", "case-service"),
                Map.of("network-service", Map.of(P0, 10L, P2, 3L), "case-service", Map.of(P0, 5L)));

        assertEquals(Map.of(P0, 5L), cuts, "case-service never committed on partition 2: nothing of it is cut");
    }

    @Test
    void keepsEverythingOfAReaderThatNeverStarted() {
        Map<TopicPartition, Long> cuts = TrimPoints.of(Map.of(P0, 0L), List.of("network-service", "case-service"),
                Map.of("network-service", Map.of(P0, 10L)));

        assertEquals(Map.of(), cuts);
    }

    @Test
    void doesNotCutWhatIsAlreadyGone() {
        Map<TopicPartition, Long> cuts = TrimPoints.of(Map.of(P0, 8L, P1, 3L), List.of("case-service"),
                Map.of("case-service", Map.of(P0, 8L, P1, 2L)));

        assertEquals(Map.of(), cuts, "a reader at or behind the first offset leaves the partition as it is");
    }

    @Test
    void aTopicWithoutKnownReadersIsNeverCut() {
        assertEquals(Map.of(), TrimPoints.of(Map.of(P0, 0L), List.of(), Map.of()));
    }
}
