package org.carebridge.platform.retention;

import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The drain every service's retention shares: cutoff, batch size, row locks and when it stops. */
class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration PERIOD = Duration.ofDays(730);

    @Test
    void drainsBatchAfterBatchUntilOneComesBackShort() {
        Rows rule = new Rows(RetentionJob.BATCH, RetentionJob.BATCH, 3);
        RetentionJob job = new RetentionJob(List.of(rule), Clock.fixed(NOW, ZoneOffset.UTC), PERIOD);

        assertEquals(2 * RetentionJob.BATCH + 3, job.drain());
        assertEquals(3, rule.queries.size(), "stops after the short batch");
        assertEquals(0, job.drain(), "nothing left");
    }

    @Test
    void everyBatchIsBoundedLockedAndSkipsRowsAnotherInstanceHolds() {
        Rows rule = new Rows(1);
        new RetentionJob(List.of(rule), Clock.fixed(NOW, ZoneOffset.UTC), PERIOD).drain();

        Map<String, Object> query = rule.queries.get(0);
        assertEquals(RetentionJob.BATCH, query.get("setMaxResults"));
        assertEquals(LockModeType.PESSIMISTIC_WRITE, query.get("setLockMode"));
        assertEquals(-2, query.get("jakarta.persistence.lock.timeout"), "SKIP LOCKED");
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC).minus(PERIOD), rule.cutoffs.get(0));
    }

    @Test
    void aRowWithNothingLeftToEraseIsNotCounted() {
        Rows rule = new Rows(5);
        rule.erasable = row -> row % 2 == 0;

        assertEquals(3, new RetentionJob(List.of(rule), Clock.fixed(NOW, ZoneOffset.UTC), PERIOD).drain());
    }

    /** A rule whose queries hand out the given batch sizes in turn, then empty batches. */
    private static final class Rows implements RetentionRule<Integer> {
        final List<Integer> batches;
        final List<Map<String, Object>> queries = new ArrayList<>();
        final List<OffsetDateTime> cutoffs = new ArrayList<>();
        java.util.function.IntPredicate erasable = row -> true;

        Rows(Integer... batches) {
            this.batches = new ArrayList<>(List.of(batches));
        }

        @Override
        public TypedQuery<Integer> due(OffsetDateTime cutoff) {
            cutoffs.add(cutoff);
            int size = batches.isEmpty() ? 0 : batches.remove(0);
            Map<String, Object> calls = new HashMap<>();
            queries.add(calls);
            @SuppressWarnings("unchecked")
            TypedQuery<Integer> query = (TypedQuery<Integer>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getResultList" -> {
                                return IntStream.range(0, size).boxed().toList();
                            }
                            case "setHint" -> calls.put((String) args[0], args[1]);
                            default -> calls.put(method.getName(), args == null ? null : args[0]);
                        }
                        return proxy;
                    });
            return query;
        }

        @Override
        public boolean erase(Integer row, OffsetDateTime now, Duration period) {
            return erasable.test(row);
        }

        @Override
        public String erased() {
            return "test rows erased";
        }
    }
}
