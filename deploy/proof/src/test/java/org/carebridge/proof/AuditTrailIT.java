package org.carebridge.proof;

import org.carebridge.proof.AccessRules.Rule;
import org.carebridge.proof.ApiDocument.Endpoint;
import org.carebridge.stack.Databases;
import org.carebridge.stack.RunSecrets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail of every service that keeps one is append-only in the database itself: connected as the
 * service's own runtime role (what the service, or an injection through it, could do), update, delete, truncate,
 * dropping the trigger and altering the table are refused; the table belongs to the migration role. And every read of case-service's data, each GET it documents, writes a line naming the
 * reader, as do the bridge's reads of escalations, handovers, alerts and the people around a case.
 */
class AuditTrailIT {

    /** The services that keep an audit trail (the gateway keeps no data). */
    private static final List<String> WITH_TRAIL = List.of("case-service", "network-service", "advisory-service");
    /** The bridge's reads about a youth's case; the rest of network-service is catalogue and settings. */
    private static final Set<String> BRIDGE_CASE_READS = Set.of("/api/network/escalations",
            "/api/network/escalations/{id}", "/api/network/handovers", "/api/network/handovers/{id}",
            "/api/network/handovers/age-18-transitions", "/api/network/alerts",
            "/api/network/cases/{caseId}/professionals", "/api/network/workload");

    static ProofSystem proof;
    static World world;

    @BeforeAll
    static void setUp() {
        proof = ProofSystem.get();
        world = World.create(proof.system);
    }

    @Test
    void updateDeleteAndTruncateOfTheTrailAreRefusedByTheDatabase() throws SQLException {
        for (String service : WITH_TRAIL) {
            try (Connection db = connect(service)) {
                long before = count(db, "select count(*) from audit_entry");
                assertTrue(before > 0, service + " has no audit line to try to change");
                for (String sql : List.of("update audit_entry set reason = 'rewritten'",
                        "update audit_entry set actor = 'nobody' where id = (select id from audit_entry limit 1)",
                        "delete from audit_entry", "delete from audit_entry where id = (select id from audit_entry limit 1)",
                        "truncate audit_entry", "drop trigger audit_entry_no_update_or_delete on audit_entry",
                        "alter table audit_entry disable trigger all", "alter table audit_entry add column forged text",
                        "drop table audit_entry cascade", "drop function audit_entry_is_append_only() cascade")) {
                    try (Statement s = db.createStatement()) {
                        s.execute(sql);
                        throw new AssertionError(service + " allowed: " + sql);
                    } catch (SQLException refused) {
                        // the runtime role lacks the privilege (it owns nothing); the trigger stands behind that
                        assertTrue(refused.getMessage().contains("permission denied")
                                        || refused.getMessage().contains("must be owner")
                                        || refused.getMessage().contains("append-only"),
                                service + " refused '" + sql + "' for another reason: " + refused.getMessage());
                    }
                }
                assertEquals(Databases.ownerRole(service.replace("-service", "")), owner(db),
                        service + ": the audit table belongs to the migration role, not to the service's own");
                assertEquals(before, count(db, "select count(*) from audit_entry where reason is distinct from 'rewritten'"),
                        service + ": the trail changed");
                System.out.printf("AuditTrailIT: %s refuses update, delete, truncate, drop trigger and alter table"
                                + " of its %d audit lines to its runtime role%n",
                        service, before);
            }
        }
    }

    @Test
    void everyReadOfCaseDataWritesAnAuditLineNamingTheReader() throws SQLException {
        List<String> failures = new ArrayList<>();
        int reads = 0;
        for (Endpoint endpoint : proof.endpoints()) {
            boolean caseRead = endpoint.service().equals("case-service")
                    || endpoint.service().equals("network-service") && BRIDGE_CASE_READS.contains(endpoint.path());
            if (!endpoint.method().equals("GET") || !caseRead) {
                continue;
            }
            Rule rule = AccessRules.of(endpoint).orElseThrow();
            String reader = rule.access().caller.username;
            String url = proof.url(endpoint.service()) + world.path(endpoint)
                    + (rule.query().isEmpty() ? "" : "?" + rule.query());
            try (Connection db = connect(endpoint.service())) {
                long before = lines(db, reader);
                HttpCalls.Answer answer = HttpCalls.sendJson("GET", url, World.token(reader), null);
                reads++;
                if (answer.status() != 200) {
                    failures.add(endpoint + ": " + answer.status() + " for " + reader);
                } else if (lines(db, reader) <= before && !emptyList(answer)) {
                    failures.add(endpoint + ": read by " + reader + " without an audit line");
                }
            }
        }
        System.out.printf("AuditTrailIT: %d reads of case data, %d without an audit line%n", reads, failures.size());
        assertTrue(reads >= 20, "too few reads to be the real documents: " + reads);
        assertEquals(List.of(), failures);
    }

    /** A list that came back empty read nobody's data: nothing to audit. */
    private static boolean emptyList(HttpCalls.Answer answer) {
        var json = answer.json();
        return json.isArray() && json.isEmpty() || json.has("items") && json.get("items").isEmpty();
    }

    private static long lines(Connection db, String actor) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from audit_entry where actor = ?")) {
            s.setString(1, actor);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String owner(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select tableowner from pg_tables where schemaname = 'public' and tablename = 'audit_entry'")) {
            r.next();
            return r.getString(1);
        }
    }

    /** As the service's own runtime role, with the run's password: the strongest the service itself could be. */
    private static Connection connect(String module) throws SQLException {
        String role = Databases.role(module.replace("-service", ""));
        return DriverManager.getConnection(proof.system.jdbcBaseUrl() + proof.system.database(module), role,
                RunSecrets.of(proof.system.state().dir()).password(role));
    }
}
