package org.carebridge.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Roles and databases of the services. Each service has two roles: {@code <service>_owner} owns its database and
 * schema and runs Flyway; {@code <service>_service}, the role the running service logs in as, may only read and
 * write rows (on the append-only audit table only read and insert), so neither the service nor an injection
 * through it can alter a table or drop the audit trigger. Passwords are the run's ({@link RunSecrets}).
 */
public final class Databases {
    /** Service short name -> role; the database is {@code carebridge_<short name>}. */
    public static final List<String> SERVICES = List.of("case", "network", "advisory");

    private static final Pattern SAFE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";

    private Databases() {
    }

    /** The runtime role: rows only. */
    public static String role(String service) {
        return service + "_service";
    }

    /** The migration role: owns the database, its schema and every table. */
    public static String ownerRole(String service) {
        return service + "_owner";
    }

    public static String database(String service) {
        return "carebridge_" + service;
    }

    /** Creates the database when missing (run mode: data survives restarts) and sets its owner and grants. */
    public static void ensureServiceDatabase(String jdbcBase, String service) throws SQLException {
        createDatabase(jdbcBase, database(service), ownerRole(service), true);
        DatabaseGrants.apply(jdbcBase, database(service), service);
    }

    /** Both roles of a service, created when missing, with the run's passwords. */
    public static void ensureRoles(String jdbcBase, String service, RunSecrets secrets) throws SQLException {
        ensureRole(jdbcBase, ownerRole(service), secrets.password(ownerRole(service)));
        ensureRole(jdbcBase, role(service), secrets.password(role(service)));
    }

    public static void ensureRole(String jdbcBase, String role, String password) throws SQLException {
        check(role);
        if (!SAFE_PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("a role password must be 16-128 of [A-Za-z0-9_-]");
        }
        try (Connection c = Postgres.connect(jdbcBase, "postgres"); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
                s.execute("create role " + role + " login");
            }
            // the run's password, whatever an earlier run set (a shared server keeps roles across runs)
            s.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
        } catch (SQLException e) {
            // another build on this machine created or changed it at the same moment: that is what we wanted
            if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !"XX000".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    public static void createDatabase(String jdbcBase, String database, String owner, boolean ifMissing)
            throws SQLException {
        check(database);
        check(owner);
        try (Connection c = Postgres.connect(jdbcBase, "postgres"); Statement s = c.createStatement()) {
            if (ifMissing && exists(c, "select 1 from pg_database where datname = ?", database)) {
                return;
            }
            s.execute("create database " + database + " owner " + owner);
        } catch (SQLException e) {
            if (!(ifMissing && DUPLICATE_DATABASE.equals(e.getSQLState()))) {
                throw e;
            }
        }
    }

    public static void dropDatabase(String jdbcBase, String database) throws SQLException {
        check(database);
        try (Connection c = Postgres.connect(jdbcBase, "postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** Drops every database whose name starts with {@code prefix} (test databases of a finished build). */
    public static List<String> dropDatabases(String jdbcBase, String prefix) throws SQLException {
        check(prefix);
        List<String> dropped = new ArrayList<>();
        try (Connection c = Postgres.connect(jdbcBase, "postgres"); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select datname from pg_database where datname like ?")) {
                ps.setString(1, prefix.replace("_", "\\_") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            for (String name : names) {
                check(name);
                s.execute("drop database if exists " + name + " with (force)");
                dropped.add(name);
            }
        }
        return dropped;
    }

    static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Identifiers go into DDL, which cannot take bind parameters: allow only plain lowercase names. */
    static void check(String identifier) {
        if (!SAFE.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + identifier);
        }
    }
}
