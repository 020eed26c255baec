package org.carebridge.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL: the machine's own server when one answers on 127.0.0.1:5432 and lets user {@code postgres} in,
 * otherwise an embedded PostgreSQL 16 (zonky binaries) owned by this process.
 */
public final class Postgres implements Component {
    public static final int LOCAL_PORT = 5432;
    /** Environment variable to force a choice: {@code local}, {@code embedded} or {@code auto} (default). */
    public static final String MODE_ENV = "CAREBRIDGE_POSTGRES";

    public enum Mode { AUTO, LOCAL, EMBEDDED;

        public static Mode fromEnv() {
            String value = System.getenv(MODE_ENV);
            return value == null || value.isBlank() ? AUTO : Mode.valueOf(value.trim().toUpperCase());
        }
    }

    private final Path dir;
    private final int embeddedPort;
    private final boolean keepData;
    private final Mode mode;
    private EmbeddedPostgres embedded;
    private int port;

    /**
     * @param embeddedPort port for the embedded server if one is needed (0 = any free port)
     * @param keepData     keep the embedded data directory across restarts (run mode) or start clean (tests)
     */
    public Postgres(Path dir, int embeddedPort, boolean keepData, Mode mode) {
        this.dir = dir;
        this.embeddedPort = embeddedPort;
        this.keepData = keepData;
        this.mode = mode;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void start(StackState state) {
        boolean local = mode != Mode.EMBEDDED && acceptsPostgresUser(LOCAL_PORT);
        if (mode == Mode.LOCAL && !local) {
            throw new IllegalStateException(MODE_ENV + "=local but no PostgreSQL on " + Ports.HOST + ":" + LOCAL_PORT
                    + " lets user postgres in (trust or password 'postgres')");
        }
        if (local) {
            port = LOCAL_PORT;
            Log.info("postgres: using the local server on " + Ports.HOST + ":" + port);
            state.put(StackState.POSTGRES_MODE, "local").component(name(), 0, port, "jdbc");
        } else {
            port = embeddedPort == 0 ? Ports.free() : embeddedPort;
            if (Ports.inUse(port)) {
                throw new IllegalStateException("port " + port + " is in use and is not a PostgreSQL that accepts"
                        + " user postgres; stop what listens there or free the port");
            }
            startEmbedded(!keepData);
            state.put(StackState.POSTGRES_MODE, "embedded").component(name(), embeddedPid(), port, "jdbc");
        }
        state.put(StackState.JDBC_BASE, jdbcBase(port));
    }

    /**
     * @param fresh start from an empty data directory. Cleaned here, not by zonky's own flag, because zonky also
     *              deletes the data on close, which would make a restart lose everything.
     */
    private void startEmbedded(boolean fresh) {
        try {
            Path data = dir.resolve("data");
            if (fresh) {
                KeycloakTemplate.deleteTree(data);
            }
            Files.createDirectories(dir);
            Path log = dir.resolve("postgres.log");
            Log.info("postgres: starting embedded PostgreSQL on " + Ports.HOST + ":" + port + " (log " + log + ")");
            embedded = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // the supervisor stops components in reverse order itself
                    .setServerConfig("listen_addresses", Ports.HOST)
                    .setServerConfig("max_connections", "300")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL failed to start; see " + dir.resolve("postgres.log"), e);
        }
    }

    private long embeddedPid() {
        try {
            return Long.parseLong(Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void stop() {
        if (embedded != null) {
            Log.info("stopping postgres (embedded)");
            try {
                embedded.close();
            } catch (IOException e) {
                Log.info("postgres: " + e.getMessage());
            }
            embedded = null;
        }
    }

    /** Stops the embedded server cleanly (connections are cut) and starts it again on the same port and data. */
    @Override
    public void restart(StackState state) {
        if (embedded == null) {
            throw new UnsupportedOperationException("only an embedded PostgreSQL can be restarted by the stack;"
                    + " the machine's own server is not ours (set " + MODE_ENV + "=embedded)");
        }
        stop();
        startEmbedded(false);
        state.component(name(), embeddedPid(), port, "jdbc");
    }

    @Override
    public boolean healthy() {
        return acceptsPostgresUser(port);
    }

    public int port() {
        return port;
    }

    public static String jdbcBase(int port) {
        return "jdbc:postgresql://" + Ports.HOST + ":" + port + "/";
    }

    /** Connects as superuser {@code postgres} (trust auth on both the local and the embedded server). */
    public static Connection connect(String jdbcBase, String database) throws SQLException {
        return DriverManager.getConnection(jdbcBase + database, "postgres", "postgres");
    }

    static boolean acceptsPostgresUser(int port) {
        if (!Ports.inUse(port)) {
            return false;
        }
        try (Connection c = connect(jdbcBase(port), "postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
