package org.carebridge.stack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh databases for tests, named after the Maven process that owns them ({@code cbt<pid>_<service>_<n>}), so
 * the supervisor can drop them when that build ends, even after a crash, on a shared local PostgreSQL.
 */
public final class TestDatabases {
    private static final Pattern NAME = Pattern.compile("cbt(\\d+)_.*");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    public static String prefix(long ownerPid) {
        return "cbt" + ownerPid + "_";
    }

    /**
     * A new, empty database owned by the service's owner role, with the runtime role's grants of a run
     * ({@link DatabaseGrants}), so tests run as the real service does; unique per JVM and per call. The roles are
     * the supervisor's (it sets their passwords when it starts).
     */
    public static String create(String jdbcBase, long ownerPid, String service) throws SQLException {
        String name = prefix(ownerPid) + service + "_" + ProcessHandle.current().pid() + "_"
                + COUNTER.incrementAndGet();
        Databases.createDatabase(jdbcBase, name, Databases.ownerRole(service), false);
        DatabaseGrants.apply(jdbcBase, name, service);
        return name;
    }

    /** Drops test databases left behind by builds whose Maven process no longer exists. */
    public static void dropStale(String jdbcBase) throws SQLException {
        List<Long> owners = new ArrayList<>();
        try (Connection c = Postgres.connect(jdbcBase, "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select datname from pg_database where datname like 'cbt%'")) {
            while (rs.next()) {
                Matcher m = NAME.matcher(rs.getString(1));
                if (m.matches()) {
                    owners.add(Long.parseLong(m.group(1)));
                }
            }
        }
        for (long owner : owners.stream().distinct().toList()) {
            if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            List<String> dropped = Databases.dropDatabases(jdbcBase, prefix(owner));
            if (!dropped.isEmpty()) {
                Log.info("postgres: dropped " + dropped.size() + " stale test databases of finished build " + owner);
            }
        }
    }
}
