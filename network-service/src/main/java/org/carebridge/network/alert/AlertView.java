package org.carebridge.network.alert;

import org.carebridge.network.vocabulary.AgeBand;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.carebridge.platform.time.Clocks.utc;

/**
 * An alert as the bridge coordinators of its region see it; {@code acknowledgedBy}/{@code acknowledgedAt} are null
 * until someone took note of it, {@code assignee} until it was given to someone to follow up.
 */
public record AlertView(UUID id, UUID caseId, String region, String pseudonym, AgeBand ageBand, String kind,
                        String cause, String leadUsername, String turns18In, Integer overdueDays, Integer inactiveDays,
                        OffsetDateTime raisedAt, OffsetDateTime receivedAt, String acknowledgedBy,
                        OffsetDateTime acknowledgedAt, String assignee) {

    public static AlertView of(Alert a) {
        return new AlertView(a.id, a.caseId, a.region, a.pseudonym, a.ageBand, a.kind, a.cause, a.leadUsername,
                a.turns18In, a.overdueDays, a.inactiveDays, utc(a.raisedAt), utc(a.receivedAt), a.acknowledgedBy,
                utc(a.acknowledgedAt), a.assignee);
    }
}
