package org.carebridge.stack.testing;

import io.quarkus.arc.Arc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a service's own database (the DataSource its test injects), to check what really got stored. */
public record Db(DataSource dataSource) {

    /** The database of the service a @QuarkusTest runs, without the test injecting its DataSource itself. */
    public static Db ofService() {
        return new Db(Arc.container().select(DataSource.class).get());
    }

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public List<String> strings(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Every column of every table of the schema, cast to text, that contains the needle (case-insensitive):
     * answers "table.column" for each hit.
     */
    public List<String> columnsContaining(String needle) {
        List<String> hits = new ArrayList<>();
        List<String> columns = strings("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""");
        if (columns.isEmpty()) {
            throw new IllegalStateException("no tables found: the scan would prove nothing");
        }
        for (String column : columns) {
            String[] parts = column.split("\\.");
            String sql = "select count(*) from \"" + parts[0] + "\" where cast(\"" + parts[1] + "\" as text) ilike ?";
            if (count(sql, "%" + needle + "%") > 0) {
                hits.add(column);
            }
        }
        return hits;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
