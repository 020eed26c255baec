package org.carebridge.network.handover;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.HandoverReason;
import org.carebridge.network.vocabulary.HandoverScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.carebridge.platform.time.Clocks.utc;

/** A handover as the bridge of its region follows it; {@code overdue} = still pending after its dueBy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoverView(UUID id, UUID caseId, String region, String pseudonym, AgeBand ageBand,
                           HandoverScope scope, HandoverReason reason, String fromUsername, String fromOrganisation,
                           String toUsername, String toOrganisation, String requestedBy, OffsetDateTime requestedAt,
                           LocalDate dueBy, String turns18In, HandoverStatus status, boolean overdue,
                           String decidedBy, String decidedOrganisation, String newLeadUsername,
                           OffsetDateTime decidedAt) {

    public static HandoverView of(Handover h, LocalDate today) {
        return new HandoverView(h.id, h.caseId, h.region, h.pseudonym, h.ageBand, h.scope, h.reason, h.fromUsername,
                h.fromOrganisation, h.toUsername, h.toOrganisation, h.requestedBy, utc(h.requestedAt), h.dueBy,
                h.turns18In, h.status, h.overdueOn(today), h.decidedBy, h.decidedOrganisation, h.newLeadUsername,
                utc(h.decidedAt));
    }
}
