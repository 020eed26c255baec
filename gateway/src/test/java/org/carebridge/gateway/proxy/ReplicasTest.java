package org.carebridge.gateway.proxy;

import io.smallrye.stork.api.ServiceInstance;
import io.smallrye.stork.impl.DefaultServiceInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order in which a call tries a service's replicas (plain JUnit, a movable clock). */
class ReplicasTest {

    private static final ServiceInstance A = new DefaultServiceInstance(1, "127.0.0.1", 8081, Optional.empty(), false);
    private static final ServiceInstance B = new DefaultServiceInstance(2, "127.0.0.1", 8101, Optional.empty(), false);
    private static final ServiceInstance C = new DefaultServiceInstance(3, "127.0.0.1", 8111, Optional.empty(), false);

    private final AtomicLong now = new AtomicLong();
    private final Replicas replicas = new Replicas(now::get);

    @Test
    void theLoadBalancersPickComesFirstThenTheOthers() {
        assertEquals(List.of("http://127.0.0.1:8101", "http://127.0.0.1:8081", "http://127.0.0.1:8111"),
                replicas.order(List.of(A, B, C), candidates -> B));
    }

    @Test
    void aReplicaThatRefusedIsNotPickedAndTriedLastUntilItsTimeIsUp() {
        replicas.refused("http://127.0.0.1:8081");
        assertEquals(List.of("http://127.0.0.1:8101", "http://127.0.0.1:8111", "http://127.0.0.1:8081"),
                replicas.order(List.of(A, B, C), candidates -> {
                    assertEquals(List.of(B, C), candidates, "the load balancer chooses among the others");
                    return candidates.get(0);
                }));

        now.addAndGet(Replicas.SET_ASIDE.toNanos());
        assertEquals(List.of("http://127.0.0.1:8081", "http://127.0.0.1:8101", "http://127.0.0.1:8111"),
                replicas.order(List.of(A, B, C), candidates -> candidates.get(0)));
    }

    @Test
    void whenEveryReplicaRefusedAllAreTriedAgain() {
        replicas.refused("http://127.0.0.1:8081");
        replicas.refused("http://127.0.0.1:8101");
        assertEquals(List.of("http://127.0.0.1:8081", "http://127.0.0.1:8101"),
                replicas.order(List.of(A, B), candidates -> candidates.get(0)));
    }
}
