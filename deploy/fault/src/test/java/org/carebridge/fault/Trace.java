package org.carebridge.fault;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.carebridge.stack.testing.SystemUnderTest;
import org.carebridge.stack.testing.TopicContents;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Where a referral that never reached the advisory group stopped: its outbox row in network-service, its records on
 * the topic, advisory-service's committed position and its inbox. Printed with a failure, so that a rare loss seen
 * only in CI says which hop lost it.
 */
final class Trace {
    private static final String TOPIC = "network.referrals";
    private static final String GROUP = "advisory-service";

    private final SystemUnderTest system;

    Trace(SystemUnderTest system) {
        this.system = system;
    }

    String referral(String referralId) {
        List<String> facts = new ArrayList<>();
        try {
            List<Map<String, String>> outbox = rows("network-service", """
                    select id, published_at, attempts, last_error from outbox_event
                    where event_type = 'network.referred-to-advisory.v1' and envelope like ?""", "%" + referralId + "%");
            facts.add("network-service outbox " + outbox);
            // records advisory-service committed past are cut from the topic (ConsumedRecordTrim): [] then is no loss
            facts.add("on " + TOPIC + " " + recordsNaming(referralId));
            facts.add("advisory committed " + committedPositions());
            facts.add("advisory referral rows " + rows("advisory-service",
                    "select id, status, received_at from referral where id = ?", UUID.fromString(referralId)));
            for (Map<String, String> row : outbox) {
                String eventId = row.get("id"); // an outbox row's id is its event's id
                facts.add("advisory inbox for " + eventId + " " + rows("advisory-service",
                        "select consumer, received_at from inbox_event where event_id = ?", eventId));
            }
        } catch (RuntimeException | SQLException e) {
            facts.add("trace failed: " + e);
        }
        return "referral " + referralId + ": " + String.join("; ", facts);
    }

    /** Each row as column -> value, in the query's column order. */
    private List<Map<String, String>> rows(String module, String sql, Object... params) throws SQLException {
        try (Connection db = DriverManager.getConnection(system.jdbcBaseUrl() + system.database(module), "postgres",
                "postgres"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> columns = new LinkedHashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        columns.put(rs.getMetaData().getColumnName(c), rs.getString(c));
                    }
                    rows.add(columns);
                }
            }
            return rows;
        }
    }

    /** partition@offset (event id) of every record on the topic that names the referral. */
    private List<String> recordsNaming(String referralId) {
        return TopicContents.of(system.bootstrapServers(), List.of(TOPIC)).get(TOPIC).stream()
                .filter(record -> record.value() != null && record.value().contains(referralId))
                .map(record -> record.partition() + "@" + record.offset()).toList();
    }

    private Map<TopicPartition, Long> committedPositions() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, Long> positions = new java.util.TreeMap<>(
                    java.util.Comparator.comparing(TopicPartition::toString));
            admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().forEach((tp, offset) -> {
                if (tp.topic().equals(TOPIC)) {
                    positions.put(tp, offset.offset());
                }
            });
            return positions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
