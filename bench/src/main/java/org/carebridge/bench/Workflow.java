package org.carebridge.bench;

import java.util.List;
import java.util.Map;

/**
 * Where the escalation workflow's requests go on a system under test: Carebridge through its gateway, or the
 * Flowable peer. The load, the escalation's body, the users and the live-stream event (NEW_ESCALATION with the
 * case id) are the same for both, so one driver measures both.
 */
record Workflow(String name, String casesPath, String notificationsPath) {
    static final Workflow CAREBRIDGE = new Workflow("carebridge", "/api/cases", "/api/me/notifications");
    static final Workflow FLOWABLE = new Workflow("flowable", "/peer/cases", "/peer/me/notifications");

    static final String ESCALATION = "{\"barrier\":\"SCHOOL_ACCESS\",\"urgency\":\"HIGH\","
            + "\"whatWasTried\":\"two meetings with the school\",\"triedMeasures\":[\"TEAM_MEETING\"]}";

    /** A new case's body: Carebridge's carries the youth (who never leaves case-service); the peer's only the team. */
    Object newCase(int n) {
        return this == CAREBRIDGE
                ? Map.of("youth", Map.of("givenName", "Bench", "familyName", "Youth " + n, "dateOfBirth", "2010-05-01"),
                        "intensity", "LIGHT", "domains", List.of("SCHOOL"))
                : Map.of("team", List.of());
    }

    String escalationsPath(String caseId) {
        return casesPath + "/" + caseId + "/escalations";
    }
}
