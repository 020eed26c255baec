package org.carebridge.proof;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call each documented operation, as the design says, one line per operation. The proofs fail on any
 * operation the OpenAPI documents that has no line here (and on a line whose operation no longer exists).
 * <p>
 * Role first: a caller without one of the rule's roles gets 403 wherever the object lives. A caller with the role
 * who is not the object's team, region or receiver gets 404, as for an id that does not exist.
 */
final class AccessRules {

    /** The users of the matrix: a role each, the north's and the south's, and one with no role. */
    enum User {
        ANNA("anna", "case-worker"), CARLA("carla", "case-worker"), BEN("ben", "case-worker"),
        BRUNO("bruno", "bridge-coordinator"), SOFIE("sofie", "bridge-coordinator"),
        ADA("ada", "advisory-member"), AYA("proof-aya", "advisory-member"),
        NILS("nils", "network-admin"), OTTO("otto", "auditor"), NOBODY("proof-nobody", null);

        final String username;
        final String role;

        User(String username, String role) {
            this.username = username;
            this.role = role;
        }

        /** Matrix rows: ben only acts as the receiver of anna's handover. */
        static List<User> matrix() {
            return List.of(ANNA, CARLA, BRUNO, SOFIE, ADA, AYA, NILS, OTTO, NOBODY);
        }
    }

    /**
     * A kind of rule: the roles allowed, the user who may call (the campaign sends as them) and who, having the
     * role, is still refused with 404 because the object is someone else's.
     */
    enum Access {
        /** anna's case: its team only; carla (another team, another region) 404 */
        TEAM(Set.of("case-worker"), User.ANNA, Set.of(User.CARLA)),
        /** about the caller's own cases or handovers: any case worker */
        CASE_WORKER(Set.of("case-worker"), User.ANNA, Set.of()),
        /** deciding a handover: its receiver (ben) only */
        RECEIVER(Set.of("case-worker"), User.BEN, Set.of(User.ANNA, User.CARLA)),
        AUDITOR(Set.of("auditor"), User.OTTO, Set.of()),
        NETWORK_ADMIN(Set.of("network-admin"), User.NILS, Set.of()),
        /** an escalation, handover or case of the north: its bridge coordinators; sofie (south) 404 */
        BRIDGE_REGION(Set.of("bridge-coordinator"), User.BRUNO, Set.of(User.SOFIE)),
        /** lists and settings of the caller's own region */
        BRIDGE(Set.of("bridge-coordinator"), User.BRUNO, Set.of()),
        /** the catalogue, read by the bridge and the admins */
        CATALOGUE(Set.of("bridge-coordinator", "network-admin"), User.NILS, Set.of()),
        /** the north's lead coordinator: the admin, and the north's coordinators; sofie 404 */
        REGION_LEAD(Set.of("bridge-coordinator", "network-admin"), User.BRUNO, Set.of(User.SOFIE)),
        /** a referral, session, barrier, signal or draft lesson of the north: its advisory members; aya 404 */
        ADVISORY_REGION(Set.of("advisory-member"), User.ADA, Set.of(User.AYA)),
        /** lists and statistics of the caller's own region */
        ADVISORY(Set.of("advisory-member"), User.ADA, Set.of()),
        /** whoever has a valid token */
        ANYONE(Set.of(), User.ANNA, Set.of()),
        /** the caller's own live stream: coordinators and case workers */
        NOTIFIED(Set.of("bridge-coordinator", "case-worker"), User.BRUNO, Set.of()),
        /** the caller's own email settings: everyone network-service mails (advisory members their reminders) */
        EMAILED(Set.of("bridge-coordinator", "case-worker", "advisory-member"), User.BRUNO, Set.of());

        final Set<String> roles;
        final User caller;
        final Set<User> foreign;

        Access(Set<String> roles, User caller, Set<User> foreign) {
            this.roles = roles;
            this.caller = caller;
            this.foreign = foreign;
        }

        /** The status {@code user} must get; 0 when the call is allowed. */
        int refusal(User user) {
            if (!roles.isEmpty() && (user.role == null || !roles.contains(user.role))) {
                return 403;
            }
            return foreign.contains(user) ? 404 : 0;
        }
    }

    /**
     * The rule of one operation; {@code query} is a required query string (without '?'), or "";
     * {@code path} the template to call instead of the documented one (the gateway's relay), or null.
     */
    record Rule(Access access, String query, String path) {

        Rule(Access access, String query) {
            this(access, query, null);
        }
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        String cases = "case-service ";
        rule(cases + "GET /api/cases", Access.CASE_WORKER);
        rule(cases + "POST /api/cases", Access.CASE_WORKER);
        rule(cases + "GET /api/cases/handovers/incoming", Access.CASE_WORKER);
        rule(cases + "POST /api/cases/handovers/{handoverId}/accept", Access.RECEIVER);
        rule(cases + "POST /api/cases/handovers/{handoverId}/decline", Access.RECEIVER);
        rule(cases + "GET /api/cases/audit", Access.AUDITOR);
        rule(cases + "POST /api/cases/{id}/erasure", Access.NETWORK_ADMIN);
        rule(cases + "GET /api/cases/{id}/team-allowances", Access.NETWORK_ADMIN);
        rule(cases + "POST /api/cases/{id}/team-allowances", Access.NETWORK_ADMIN);
        rule(cases + "DELETE /api/cases/{id}/team-allowances/{username}", Access.NETWORK_ADMIN);
        rule(cases + "GET /api/cases/alerts", Access.CASE_WORKER);
        for (String team : List.of("GET /api/cases/{id}", "PUT /api/cases/{id}", "GET /api/cases/{id}/members",
                "POST /api/cases/{id}/members", "PUT /api/cases/{id}/members/{username}",
                "DELETE /api/cases/{id}/members/{username}", "PUT /api/cases/{id}/lead", "GET /api/cases/{id}/goals",
                "POST /api/cases/{id}/goals", "GET /api/cases/{id}/goals/{goalId}", "PUT /api/cases/{id}/goals/{goalId}",
                "GET /api/cases/{id}/notes", "POST /api/cases/{id}/notes", "GET /api/cases/{caseId}/timeline",
                "GET /api/cases/{id}/consents", "POST /api/cases/{id}/consents",
                "POST /api/cases/{id}/consents/{consentId}/revoke", "POST /api/cases/{id}/close",
                "POST /api/cases/{caseId}/escalations", "GET /api/cases/{caseId}/escalations",
                "GET /api/cases/{caseId}/escalations/{escalationId}",
                "POST /api/cases/{caseId}/escalations/{escalationId}/withdrawal",
                "POST /api/cases/{caseId}/handovers", "GET /api/cases/{caseId}/handovers",
                "GET /api/cases/{caseId}/handovers/{handoverId}",
                "POST /api/cases/{caseId}/handovers/{handoverId}/withdrawal")) {
            rule(cases + team, Access.TEAM);
        }
        RULES.put(cases + "GET /api/cases/{caseId}/suggestions", new Rule(Access.TEAM, "barrier=SCHOOL_ACCESS"));
        rule(cases + "GET /api/me/work", Access.CASE_WORKER);

        String network = "network-service ";
        rule(network + "GET /api/network/escalations", Access.BRIDGE);
        for (String region : List.of("GET /api/network/escalations/{id}", "POST /api/network/escalations/{id}/claim",
                "POST /api/network/escalations/{id}/notes", "PUT /api/network/escalations/{id}/due-date",
                "POST /api/network/escalations/{id}/consultations", "POST /api/network/escalations/{id}/resolution",
                "POST /api/network/escalations/{id}/referral", "POST /api/network/escalations/{id}/reassignment",
                "GET /api/network/handovers/{id}",
                "GET /api/network/cases/{caseId}/professionals")) {
            rule(network + region, Access.BRIDGE_REGION);
        }
        rule(network + "POST /api/network/escalations/{id}/consultations/{consultationId}/outcome",
                Access.BRIDGE_REGION);
        for (String own : List.of("GET /api/network/handovers", "GET /api/network/handovers/age-18-transitions",
                "GET /api/network/alerts")) {
            rule(network + own, Access.BRIDGE);
        }
        rule(network + "GET /api/network/notifications", Access.NOTIFIED);
        for (String own : List.of("GET /api/network/me/email-preferences", "PUT /api/network/me/email-preferences")) {
            rule(network + own, Access.EMAILED);
        }
        for (String read : List.of("GET /api/network/organisations", "GET /api/network/offers",
                "GET /api/network/offers/export")) {
            rule(network + read, Access.CATALOGUE);
        }
        for (String admin : List.of("POST /api/network/organisations", "POST /api/network/offers",
                "PUT /api/network/offers/{id}", "DELETE /api/network/offers/{id}", "POST /api/network/offers/import",
                "GET /api/network/offers/imports/{id}", "PUT /api/network/regions/{region}/lead")) {
            rule(network + admin, Access.NETWORK_ADMIN);
        }
        rule(network + "GET /api/network/regions/{region}/lead", Access.REGION_LEAD);
        rule(network + "GET /api/network/audit", Access.AUDITOR);
        rule(network + "GET /api/network/workload", Access.BRIDGE);
        rule(network + "POST /api/network/alerts/{id}/acknowledgement", Access.BRIDGE_REGION);
        rule(network + "POST /api/network/alerts/{id}/assignment", Access.BRIDGE_REGION);

        String advisory = "advisory-service ";
        for (String region : List.of("GET /api/advisory/referrals/{id}", "POST /api/advisory/referrals/{id}/advice",
                "POST /api/advisory/referrals/{id}/lesson", "GET /api/advisory/sessions/{id}",
                "PUT /api/advisory/sessions/{id}/minutes", "POST /api/advisory/sessions/{id}/decisions",
                "GET /api/advisory/barriers/{id}", "PUT /api/advisory/barriers/{id}",
                "POST /api/advisory/barriers/{id}/evidence", "POST /api/advisory/barriers/{id}/signals",
                "GET /api/advisory/signals/{id}", "GET /api/advisory/signals/{id}/pdf",
                "GET /api/advisory/lessons/{id}", "PUT /api/advisory/lessons/{id}",
                "POST /api/advisory/lessons/{id}/publication", "POST /api/advisory/referrals/{id}/owner",
                "POST /api/advisory/referrals/{id}/closure")) {
            rule(advisory + region, Access.ADVISORY_REGION);
        }
        for (String own : List.of("GET /api/advisory/referrals", "GET /api/advisory/sessions",
                "POST /api/advisory/sessions", "GET /api/advisory/barriers", "POST /api/advisory/barriers",
                "GET /api/advisory/signals", "GET /api/advisory/lessons", "POST /api/advisory/lessons")) {
            rule(advisory + own, Access.ADVISORY);
        }
        RULES.put(advisory + "GET /api/advisory/digest", new Rule(Access.ADVISORY, "quarter=2026-Q4"));
        RULES.put(advisory + "GET /api/advisory/digest/export.csv", new Rule(Access.ADVISORY, "quarter=2026-Q4"));
        rule(advisory + "GET /api/advisory/audit", Access.AUDITOR);

        for (String service : List.of(cases + "%s /api/cases", network + "%s /api/network", advisory + "%s /api/advisory")) {
            rule(service.formatted("GET") + "/dead-letters", Access.NETWORK_ADMIN);
            rule(service.formatted("GET") + "/dead-letters/{deadLetterId}", Access.NETWORK_ADMIN);
            rule(service.formatted("POST") + "/dead-letters/{deadLetterId}/replay", Access.NETWORK_ADMIN);
        }

        rule("gateway GET /api/me", Access.ANYONE);
        rule("gateway GET /api/me/work", Access.CASE_WORKER);
        // the gateway's relay (/api/{cases,network,advisory}/**) is in no document since the OpenAPI work of issue 21:
        // each service documents what it answers, and the matrix sends every service operation through the gateway
    }

    private AccessRules() {
    }

    private static void rule(String key, Access access) {
        RULES.put(key, new Rule(access, ""));
    }

    static Optional<Rule> of(ApiDocument.Endpoint endpoint) {
        return Optional.ofNullable(RULES.get(endpoint.key()));
    }

    static Set<String> keys() {
        return RULES.keySet();
    }
}
