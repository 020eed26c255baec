package org.carebridge.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fallback for machines without PostgreSQL: the embedded server serves a service role, stops cleanly and,
 * in run mode, keeps its data across restarts.
 */
class EmbeddedPostgresTest {

    @Test
    void embeddedServerKeepsServiceDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Postgres first = new Postgres(dir, 0, true, Postgres.Mode.EMBEDDED);
        StackState state = StackState.fresh(dir);
        first.start(state);
        int port = first.port();
        String jdbcBase = state.get(StackState.JDBC_BASE);
        try {
            assertEquals("embedded", state.get(StackState.POSTGRES_MODE));
            assertTrue(state.pid("postgres") > 0, "the postmaster pid is recorded");
            Databases.ensureRoles(jdbcBase, "network", RunSecrets.of(dir));
            Databases.ensureServiceDatabase(jdbcBase, "network");
            try (Connection owner = connect(jdbcBase, Databases.ownerRole("network"), dir);
                 Statement migration = owner.createStatement()) {
                migration.execute("create table kept (note text)");
            }
            try (Connection c = connectAsService(jdbcBase, dir); Statement s = c.createStatement()) {
                s.execute("insert into kept values ('still here')");
                try (ResultSet rs = s.executeQuery("select current_user, current_setting('server_version_num')::int")) {
                    assertTrue(rs.next());
                    assertEquals("network_service", rs.getString(1));
                    assertTrue(rs.getInt(2) >= 160000, "PostgreSQL 16 binaries");
                }
            }
        } finally {
            first.stop();
        }
        assertFalse(Ports.inUse(port), "port closed after stop");

        Postgres second = new Postgres(dir, port, true, Postgres.Mode.EMBEDDED);
        second.start(StackState.fresh(dir));
        try {
            Databases.ensureServiceDatabase(jdbcBase, "network"); // idempotent on restart
            try (Connection c = connectAsService(jdbcBase, dir); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select note from kept")) {
                assertTrue(rs.next());
                assertEquals("still here", rs.getString(1));
            }
        } finally {
            second.stop();
        }
    }

    private static Connection connectAsService(String jdbcBase, Path dir) throws Exception {
        return connect(jdbcBase, "network_service", dir);
    }

    private static Connection connect(String jdbcBase, String role, Path dir) throws Exception {
        return DriverManager.getConnection(jdbcBase + "carebridge_network", role, RunSecrets.of(dir).password(role));
    }
}
