package org.carebridge.network.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Announces every bridge notification to every replica of network-service through PostgreSQL NOTIFY, sent in the
 * transaction that caused it: PostgreSQL delivers it only when that transaction commits, to every replica
 * LISTENing ({@link NotificationListener}), this one included, so a rolled-back change is never announced and each
 * replica hears each notification once.
 * <p>
 * Why the database and not a Kafka topic every replica reads with a group of its own: every replica already holds
 * the database, and NOTIFY rides the very transaction of the change (a topic would need the outbox relay, a group
 * per replica and its offsets to clean up after a replica goes). What it does not give, a live stream does not
 * need: a replica that is not listening at that moment misses it (the inbox and the views stay the record), the
 * payload must stay under 8000 bytes (ours are ids and codes, about 300), and committing transactions that notify
 * queue briefly behind each other, which matters at thousands per second, not at our rate.
 */
@ApplicationScoped
public class NotificationChannel {

    /** The PostgreSQL channel; one per database, so per deployment of network-service. */
    static final String NAME = "bridge_notifications";
    /** PostgreSQL refuses a payload of 8000 bytes or more (and would fail the transaction with it). */
    static final int MAX_PAYLOAD_BYTES = 7999;

    private final DataSource dataSource;
    private final ObjectMapper json;
    // a replica of the next release may add fields, or a kind this one does not know: it reads what it knows
    private final ObjectReader reader;

    public NotificationChannel(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
        this.reader = json.readerFor(BridgeNotification.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * In the firing transaction, on its own connection (the pool hands out the transaction's): the announcement
     * commits with the change, or is dropped with it. Without a transaction it goes out at once.
     */
    void announce(@Observes BridgeNotification notification) {
        try (Connection connection = dataSource.getConnection()) {
            announce(connection, notification);
        } catch (SQLException e) {
            throw new IllegalStateException("could not announce " + notification.kind() + " "
                    + notification.subjectId(), e);
        }
    }

    /** Sends the notification on this connection, within its transaction if it has one. */
    public void announce(Connection connection, BridgeNotification notification) throws SQLException {
        String payload = payload(notification);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            // the live stream is best effort; the change itself must not fail for it
            Log.warnf("%s %s not announced live: %d characters is more than a notification may carry",
                    notification.kind(), notification.subjectId(), payload.length());
            return;
        }
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, NAME);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    private String payload(BridgeNotification notification) {
        try {
            return json.writeValueAsString(notification);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification is ids and codes, always writable", e);
        }
    }

    /** What a replica announced; empty (logged) for what this release cannot read. */
    Optional<BridgeNotification> read(String payload) {
        try {
            return Optional.of(reader.readValue(payload));
        } catch (JsonProcessingException e) {
            Log.warnf("a notification this replica cannot read is not delivered live: %s", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
