package org.carebridge.network.notification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Hears what every replica announced on the {@link NotificationChannel} (its own announcements too) and hands it to
 * the listeners of this replica ({@link NotificationHub}). On a connection of its own, outside the pool: it is held
 * for the life of the replica and carries a LISTEN a pooled connection must not take back to the pool. When the
 * database goes (a restart, a failover) it connects again with a growing pause, and says so once each way; what was
 * announced meanwhile is not heard here (the stream is best effort, the inbox and the views stay the record).
 */
@ApplicationScoped
public class NotificationListener {

    /** Shown in pg_stat_activity, so the listening session is easy to tell from the pool's. */
    static final String APPLICATION_NAME = "network-service notification listener";
    /** How long one wait for announcements lasts before the connection is checked (a silent network drop). */
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final NotificationHub hub;
    private final NotificationChannel channel;
    private final String url;
    private final Properties login = new Properties();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Connection connection;
    private Thread thread;

    public NotificationListener(NotificationHub hub, NotificationChannel channel,
                                @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.hub = hub;
        this.channel = channel;
        this.url = url;
        username.ifPresent(u -> login.setProperty("user", u));
        password.ifPresent(p -> login.setProperty("password", p));
        login.setProperty("ApplicationName", APPLICATION_NAME);
        login.setProperty("tcpKeepAlive", "true");
    }

    /** Listening before the service takes requests or records, so nothing committed after start-up goes unheard. */
    void onStart(@Observes StartupEvent event) {
        try {
            connection = listening();
        } catch (SQLException e) {
            Log.warnf("live notifications wait for the database: %s", e.getMessage());
        }
        thread = new Thread(this::listen, "notification-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopped.countDown();
        Connection c = connection;
        if (c != null) {
            try {
                c.abort(Runnable::run); // ends a wait in progress at once (close would wait for it)
            } catch (SQLException ignored) {
                // going anyway
            }
        }
        if (thread != null) {
            thread.join(WAIT.toMillis());
        }
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean lost = false;
        while (stopped.getCount() > 0) {
            try {
                if (connection == null) {
                    connection = listening();
                    if (lost) {
                        Log.info("live notifications: listening again");
                    }
                    lost = false;
                    pause = FIRST_PAUSE;
                }
                deliverUntilLost(connection);
            } catch (SQLException e) {
                close(connection);
                connection = null;
                if (stopped.getCount() == 0) {
                    return;
                }
                if (!lost) {
                    Log.warnf("live notifications from other replicas stop until the database is back: %s",
                            e.getMessage());
                    lost = true;
                }
                try {
                    if (stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
        close(connection); // one opened while the replica was stopping
    }

    private Connection listening() throws SQLException {
        Connection c = DriverManager.getConnection(url, login);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + NotificationChannel.NAME);
        } catch (SQLException e) {
            close(c);
            throw e;
        }
        return c;
    }

    /** Hands on what is heard, in the order it was committed, until the connection fails (or the replica stops). */
    private void deliverUntilLost(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (stopped.getCount() > 0) {
            PGNotification[] heard = pg.getNotifications((int) WAIT.toMillis());
            if (heard == null || heard.length == 0) {
                if (!c.isValid((int) WAIT.toSeconds())) {
                    throw new SQLException("the listening connection no longer answers");
                }
                continue;
            }
            for (PGNotification n : heard) {
                channel.read(n.getParameter()).ifPresent(hub::committed);
            }
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // going anyway
            }
        }
    }
}
