package org.carebridge.cases.casefile;

import java.util.UUID;

/**
 * Fired synchronously, inside the changing transaction, once a change to a case, its team, goals, consents, status
 * or escalation is complete: the hook for digests and team snapshots, which observe it rather than being called
 * from everywhere. Its observers publish what they see at that moment, so fire it after the last change.
 */
public record CaseChanged(UUID caseId) {
}
