package org.carebridge.cases.casefile;

import java.util.UUID;

/**
 * Fired (synchronously, inside the changing transaction) after every change to a case, its team, goals, journal,
 * consents or status: the hook for digests and alerts, which observe it rather than being called from everywhere.
 */
public record CaseChanged(UUID caseId) {
}
