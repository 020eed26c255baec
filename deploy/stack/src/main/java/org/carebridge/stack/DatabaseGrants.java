package org.carebridge.stack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runtime role of a service may do in its database, set as superuser: rows of every table (select,
 * insert, update, delete), sequences, and on the append-only {@code audit_entry} only select and insert. Default
 * privileges cover the tables later migrations create; an event trigger takes update and delete of a new
 * {@code audit_entry} back the moment Flyway (as the owner role) creates it. Idempotent: run on every start.
 */
final class DatabaseGrants {
    static final String AUDIT_TABLE = "audit_entry";
    private static final String ADMIN_SCHEMA = "carebridge_admin";

    private DatabaseGrants() {
    }

    static void apply(String jdbcBase, String database, String service) throws SQLException {
        String owner = Databases.ownerRole(service);
        String runtime = Databases.role(service);
        Databases.check(database);
        try (Connection c = Postgres.connect(jdbcBase, database); Statement s = c.createStatement()) {
            takeOverFromRuntimeRole(c, database, owner, runtime);
            for (String sql : List.of(
                    "revoke all on database " + database + " from public",
                    "grant connect on database " + database + " to " + runtime,
                    "revoke create on schema public from public",
                    "grant usage on schema public to " + runtime,
                    "alter default privileges for role " + owner + " in schema public"
                            + " grant select, insert, update, delete on tables to " + runtime,
                    "alter default privileges for role " + owner + " in schema public"
                            + " grant usage, select on sequences to " + runtime,
                    "grant select, insert, update, delete on all tables in schema public to " + runtime,
                    "grant usage, select on all sequences in schema public to " + runtime)) {
                s.execute(sql);
            }
            if (Databases.exists(c, "select 1 from pg_tables where schemaname = 'public' and tablename = ?",
                    AUDIT_TABLE)) {
                s.execute("revoke update, delete, truncate, references, trigger on " + AUDIT_TABLE + " from " + runtime);
            }
            auditTableWatch(s, runtime);
        }
    }

    /**
     * Superuser-owned, in a schema nobody else may use: fires on the owner's CREATE TABLE during migration and
     * leaves the runtime role select and insert on a new audit table.
     */
    private static void auditTableWatch(Statement s, String runtime) throws SQLException {
        s.execute("create schema if not exists " + ADMIN_SCHEMA + " authorization postgres");
        s.execute("revoke all on schema " + ADMIN_SCHEMA + " from public");
        s.execute("""
                create or replace function %s.audit_table_append_only() returns event_trigger
                language plpgsql security definer set search_path = pg_catalog as $$
                declare
                    created record;
                begin
                    for created in select object_identity from pg_event_trigger_ddl_commands()
                            where command_tag = 'CREATE TABLE' and object_type = 'table'
                            and object_identity in ('public.%s', '%s') loop
                        execute 'revoke update, delete, truncate, references, trigger on '
                                || created.object_identity || ' from %s';
                    end loop;
                end;
                $$""".formatted(ADMIN_SCHEMA, AUDIT_TABLE, AUDIT_TABLE, runtime));
        s.execute("drop event trigger if exists carebridge_audit_table_append_only");
        s.execute("create event trigger carebridge_audit_table_append_only on ddl_command_end"
                + " when tag in ('CREATE TABLE') execute function " + ADMIN_SCHEMA + ".audit_table_append_only()");
    }

    /**
     * Databases made before the split belong to the runtime role, and so do their tables: hand the database,
     * its tables, sequences, views and functions to the owner role, so the runtime role keeps only its grants.
     */
    private static void takeOverFromRuntimeRole(Connection c, String database, String owner, String runtime)
            throws SQLException {
        List<String> changes = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select case k.relkind when 'S' then 'sequence' when 'v' then 'view'
                                when 'm' then 'materialized view' else 'table' end, k.relname
                    from pg_class k join pg_namespace n on n.oid = k.relnamespace
                    where n.nspname = 'public' and k.relkind in ('r', 'p', 'S', 'v', 'm')
                      and pg_get_userbyid(k.relowner) = '%s'""".formatted(runtime))) {
                while (rs.next()) {
                    changes.add("alter " + rs.getString(1) + " public.\"" + rs.getString(2) + "\" owner to " + owner);
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and pg_get_userbyid(p.proowner) = '%s'
                      and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')"""
                    .formatted(runtime))) {
                while (rs.next()) {
                    changes.add("alter function " + rs.getString(1) + " owner to " + owner);
                }
            }
            try (ResultSet rs = s.executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = '"
                    + database + "'")) {
                if (rs.next() && runtime.equals(rs.getString(1))) {
                    changes.add("alter database " + database + " owner to " + owner);
                }
            }
            for (String sql : changes) {
                s.execute(sql);
            }
        }
        if (!changes.isEmpty()) {
            Log.info("postgres: " + database + " moved from " + runtime + " to " + owner + " (" + changes.size()
                    + " objects)");
        }
    }
}
