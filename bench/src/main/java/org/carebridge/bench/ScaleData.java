package org.carebridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads 1,000,000 cases with 20,000,000 journal entries into case-service's database and the matching statistics
 * into advisory-service's, with the SQL generators in {@code bench/} (set-based inserts: minutes, not hours).
 * Loads once per database: a second run finds the generated cases and measures on them again.
 */
final class ScaleData {
    private final RunningSystem system;

    ScaleData(RunningSystem system) {
        this.system = system;
    }

    /** Seconds the load took, or 0 when the data was there already. */
    double ensureLoaded() throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Connection cases = system.database("case"); Connection advisory = system.database("advisory")) {
            if (count(cases, "select count(*) from care_case where created_by = 'bench-generator'") >= 1_000_000) {
                return 0;
            }
            System.out.println("  loading 1,000,000 cases and 20,000,000 journal entries (a few minutes) ...");
            run(cases, "scale-cases.sql");
            run(advisory, "scale-digests.sql");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    long[] counts() throws SQLException {
        try (Connection cases = system.database("case")) {
            return new long[]{count(cases, "select count(*) from care_case"),
                    count(cases, "select count(*) from timeline_entry")};
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Runs a script statement by statement (split on ";" at a line end; the scripts keep it so). */
    private static void run(Connection c, String script) throws SQLException, IOException {
        String sql;
        try (InputStream in = ScaleData.class.getResourceAsStream("/bench/" + script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder statement = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.strip().endsWith(";") && !inDollarQuote(statement)) {
                try (Statement s = c.createStatement()) {
                    s.execute(statement.toString());
                }
                statement.setLength(0);
            }
        }
    }

    private static boolean inDollarQuote(CharSequence statement) {
        return statement.toString().split("\\$\\$", -1).length % 2 == 0;
    }
}
