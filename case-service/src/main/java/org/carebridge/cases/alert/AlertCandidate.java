package org.carebridge.cases.alert;

import java.util.UUID;

/** A case one of the checks found, with the stable cause that keeps its alert from being raised twice. */
record AlertCandidate(UUID caseId, AlertKind kind, String cause, Integer inactiveDays) {
}
