package org.carebridge.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Waits until the events of what the load prepared (opened cases: their team and digest events) have been
 * published and consumed everywhere, so a measured phase does not queue behind them. A fixed pause did not do:
 * the saturation step opens some 15,000 cases first, and its first rate then measured their backlog (p95 4 s).
 */
final class Downstream {
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private Downstream() {
    }

    /** Returns once every outbox is published and every consumer group has read to the end; or after 10 minutes. */
    static void awaitCaughtUp(RunningSystem system) throws InterruptedException {
        try {
            awaitCaughtUpOrTimeOut(system);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the services' outboxes", e);
        }
    }

    private static void awaitCaughtUpOrTimeOut(RunningSystem system) throws InterruptedException, SQLException {
        long started = System.nanoTime();
        long deadline = started + AT_MOST.toNanos();
        String behind = "";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()));
             Connection cases = system.database("case"); Connection network = system.database("network");
             Connection advisory = system.database("advisory")) {
            while (System.nanoTime() < deadline) {
                behind = unpublished(cases, network, advisory) + " unpublished, " + lag(admin) + " unconsumed";
                if (behind.equals("0 unpublished, 0 unconsumed")) {
                    System.out.printf("  downstream caught up in %.0f s%n", (System.nanoTime() - started) / 1e9);
                    return;
                }
                Thread.sleep(1_000);
            }
        }
        System.out.println("  downstream still behind after " + AT_MOST.toMinutes() + " min (" + behind + "): measuring anyway");
    }

    /** Outbox rows not yet published, over the services' databases (connections held for the whole wait). */
    private static long unpublished(Connection... databases) throws SQLException {
        long rows = 0;
        for (Connection db : databases) {
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
                r.next();
                rows += r.getLong(1);
            }
        }
        return rows;
    }

    /** Records not yet committed by the services' consumer groups, over all their partitions. */
    private static long lag(Admin admin) throws InterruptedException {
        try {
            Map<TopicPartition, Long> committed = new HashMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> offsets =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                offsets.forEach((tp, o) -> {
                    if (o != null && !tp.topic().startsWith("bench.")) {
                        committed.merge(tp, o.offset(), Math::min); // a partition read by two groups waits for both
                    }
                });
            }
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                lag += Math.max(0, end.getValue().offset() - committed.get(end.getKey()));
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the consumer groups' positions", e);
        }
    }
}
