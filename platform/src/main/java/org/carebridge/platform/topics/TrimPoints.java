package org.carebridge.platform.topics;

import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each partition of a topic may be cut: below the lowest offset that every reading consumer group has committed.
 * A partition some reader has no committed offset for is not cut at all (that reader has not started, or its offsets
 * expired): cutting it could drop records nobody applied yet.
 */
public final class TrimPoints {

    private TrimPoints() {
    }

    /**
     * @param partitions the topic's partitions with their current first offset
     * @param committed  per reading group, its committed offsets (the offset of the next record it will read)
     * @return the partitions that can be cut, with the offset of the first record to keep
     */
    public static Map<TopicPartition, Long> of(Map<TopicPartition, Long> partitions, List<String> readers,
                                               Map<String, Map<TopicPartition, Long>> committed) {
        Map<TopicPartition, Long> cuts = new HashMap<>();
        if (readers.isEmpty()) {
            return cuts; // a topic nobody is known to read is kept as the broker's retention says
        }
        partitions.forEach((partition, firstOffset) -> lowestCommitted(partition, readers, committed)
                .filter(keepFrom -> keepFrom > firstOffset)
                .ifPresent(keepFrom -> cuts.put(partition, keepFrom)));
        return cuts;
    }

    private static Optional<Long> lowestCommitted(TopicPartition partition, List<String> readers,
                                                  Map<String, Map<TopicPartition, Long>> committed) {
        long lowest = Long.MAX_VALUE;
        for (String reader : readers) {
            Long offset = committed.getOrDefault(reader, Map.of()).get(partition);
            if (offset == null) {
                return Optional.empty();
            }
            lowest = Math.min(lowest, offset);
        }
        return Optional.of(lowest);
    }
}
