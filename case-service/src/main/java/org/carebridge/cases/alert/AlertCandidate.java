package org.carebridge.cases.alert;

import java.util.UUID;

/**
 * A case one of the checks found, with the stable cause that keeps its alert from being raised twice; inactiveDays
 * only for INACTIVITY, overdueDays only for GOAL_OVERDUE.
 */
record AlertCandidate(UUID caseId, AlertKind kind, String cause, Integer inactiveDays, Integer overdueDays) {

    static AlertCandidate of(UUID caseId, AlertKind kind, String cause) {
        return new AlertCandidate(caseId, kind, cause, null, null);
    }
}
