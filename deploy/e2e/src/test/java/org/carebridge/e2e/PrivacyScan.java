package org.carebridge.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.stack.testing.SystemUnderTest;
import org.carebridge.stack.testing.TopicContents;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads back what a service holds: every text value in a service's database and every event on the given topics,
 * so a test can prove no personal data of a youth is among them, and that an erasure reached every service.
 */
final class PrivacyScan {

    private final SystemUnderTest system;

    PrivacyScan(SystemUnderTest system) {
        this.system = system;
    }

    /** Every non-null value of every column of every table in the service's own schema, as text. */
    List<String> databaseText(String service) throws SQLException {
        String database = system.state().require("service." + service + ".database");
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(system.jdbcBaseUrl() + database, "postgres", "postgres");
             Statement tables = db.createStatement();
             ResultSet names = tables.executeQuery(
                     "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            List<String> tableNames = new ArrayList<>();
            while (names.next()) {
                tableNames.add(names.getString(1));
            }
            for (String table : tableNames) {
                try (Statement rows = db.createStatement();
                     ResultSet row = rows.executeQuery("select * from \"" + table + "\"")) {
                    int columns = row.getMetaData().getColumnCount();
                    while (row.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String value = row.getString(c);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    /** Every topic on the broker but Kafka's own (consumer offsets, transaction state): dead letters included. */
    List<String> allTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(topic -> !topic.startsWith("__")).sorted().toList();
        }
    }

    /** All events currently on each topic. */
    Map<String, List<String>> eventsOn(List<String> topics) {
        Map<String, List<String>> events = new LinkedHashMap<>();
        TopicContents.of(system.bootstrapServers(), topics).forEach((topic, records) ->
                events.put(topic, records.stream().map(ConsumerRecord::value).toList()));
        return events;
    }
}
