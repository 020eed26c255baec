package org.carebridge.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The role split, on a real (embedded) PostgreSQL: the owner role migrates, the runtime role changes rows only and
 * cannot touch the audit table's definition or its trigger, nor update or delete its lines; databases made before
 * the split move to the owner role.
 */
class DatabaseRolesTest {
    /** What Flyway runs as the owner: the platform's append-only audit table, and a table of the service's own. */
    private static final List<String> MIGRATION = List.of("""
            create table audit_entry (id uuid primary key, actor varchar(200) not null, reason varchar(500))""", """
            create function audit_entry_is_append_only() returns trigger language plpgsql as $$
            begin raise exception 'audit_entry is append-only'; end; $$""", """
            create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
            for each row execute function audit_entry_is_append_only()""",
            "create table case_file (id int primary key, note text)",
            "create sequence case_number");

    @TempDir
    static Path dir;
    static Postgres postgres;
    static String jdbcBase;

    @BeforeAll
    static void start() throws SQLException {
        postgres = new Postgres(dir, 0, false, Postgres.Mode.EMBEDDED);
        StackState state = StackState.fresh(dir);
        postgres.start(state);
        jdbcBase = state.require(StackState.JDBC_BASE);
        for (String service : List.of("case", "network")) {
            Databases.ensureRoles(jdbcBase, service, RunSecrets.of(dir));
        }
    }

    @AfterAll
    static void stop() {
        postgres.stop();
    }

    @Test
    void theRuntimeRoleChangesRowsButNeitherTheSchemaNorTheAuditTrail() throws Exception {
        Databases.ensureServiceDatabase(jdbcBase, "case");
        run("carebridge_case", "case_owner", MIGRATION);
        run("carebridge_case", "case_service", List.of(
                "insert into audit_entry values ('00000000-0000-0000-0000-000000000001', 'anna', 'read')",
                "select count(*) from audit_entry",
                "insert into case_file values (1, 'x')", "update case_file set note = 'y'", "delete from case_file",
                "select nextval('case_number')"));
        assertRefused("carebridge_case", "case_service");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve(RunSecrets.FILE))), "the run's passwords are readable by their owner only");
        assertNotEquals(RunSecrets.of(dir).password("case_service"), RunSecrets.of(dir).password("case_owner"));
    }

    @Test
    void aDatabaseOwnedByTheRuntimeRoleBeforeTheSplitMovesToTheOwnerRole() throws Exception {
        Databases.createDatabase(jdbcBase, "carebridge_network", "network_service", true);
        run("carebridge_network", "network_service", MIGRATION); // what the service did itself before
        Databases.ensureServiceDatabase(jdbcBase, "network");
        run("carebridge_network", "network_service", List.of(
                "insert into audit_entry values ('00000000-0000-0000-0000-000000000002', 'bruno', 'read')",
                "insert into case_file values (1, 'x')", "update case_file set note = 'y'"));
        assertRefused("carebridge_network", "network_service");
    }

    private static void assertRefused(String database, String role) throws SQLException {
        List<String> allowed = new ArrayList<>();
        for (String sql : List.of("update audit_entry set reason = 'rewritten'", "delete from audit_entry",
                "truncate audit_entry", "drop trigger audit_entry_no_update_or_delete on audit_entry",
                "alter table audit_entry disable trigger all", "alter table audit_entry add column forged text",
                "drop table audit_entry", "drop function audit_entry_is_append_only() cascade",
                "alter table case_file add column forged text", "drop table case_file", "create table planted (x int)",
                "drop event trigger carebridge_audit_table_append_only")) {
            try (Connection c = connect(database, role); Statement s = c.createStatement()) {
                s.execute(sql);
                allowed.add(sql);
            } catch (SQLException refused) {
                // permission denied, or the trigger's "append-only": either way the database said no
            }
        }
        assertEquals(List.of(), allowed, role + " may do these");
        try (Connection c = Postgres.connect(jdbcBase, database); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select has_table_privilege('" + role + "', 'audit_entry', 'select')"
                     + ", has_table_privilege('" + role + "', 'audit_entry', 'insert')"
                     + ", has_table_privilege('" + role + "', 'audit_entry', 'update')"
                     + ", has_table_privilege('" + role + "', 'audit_entry', 'delete')")) {
            rs.next();
            assertEquals("true true false false", rs.getBoolean(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3)
                    + " " + rs.getBoolean(4), "on the audit table only select and insert, not even behind the trigger");
        }
    }

    private static void run(String database, String role, List<String> statements) throws SQLException {
        try (Connection c = connect(database, role); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static Connection connect(String database, String role) throws SQLException {
        return DriverManager.getConnection(jdbcBase + database, role, RunSecrets.of(dir).password(role));
    }
}
