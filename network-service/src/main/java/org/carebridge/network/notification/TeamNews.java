package org.carebridge.network.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something every member of a case's team must hear about (advice arrived on their escalation). Fired in the
 * transaction that caused it; the team notifier turns it into a {@link BridgeNotification} for each member of the
 * case's roster, so the firing feature need not know the team.
 */
public record TeamNews(BridgeNotification.Kind kind, String region, UUID caseId, UUID subjectId, String summary,
                       OffsetDateTime at) {
}
