package org.carebridge.stack;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaClusterIdTest {

    @Test
    void clusterIdsNeverLookLikeAnOptionAndAreSixteenBytes() {
        // 5 000 draws: with the old code about 78 of them started with '-' and the broker failed to format
        for (int i = 0; i < 5_000; i++) {
            String id = Kafka.clusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id).length, id);
        }
    }
}
