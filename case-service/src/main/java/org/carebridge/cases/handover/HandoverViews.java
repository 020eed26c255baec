package org.carebridge.cases.handover;

import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.casefile.Intensity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of a handover: the team's view, and the receiver's, which has only what deciding needs. */
public final class HandoverViews {

    private HandoverViews() {
    }

    /** For members of the case, and for the receiver once accepted (then caseId leads to the case). */
    public record HandoverView(UUID id, UUID caseId, HandoverScope scope, HandoverReason reason, HandoverStatus status,
                               String fromUsername, String fromOrganisation, String toUsername, String toOrganisation,
                               String requestedBy, OffsetDateTime requestedAt, LocalDate dueBy, String decidedBy,
                               OffsetDateTime decidedAt) {
        static HandoverView of(Handover h) {
            return new HandoverView(h.id, h.caseId, h.scope, h.reason, h.status, h.fromUsername, h.fromOrganisation,
                    h.toUsername, h.toOrganisation, h.requestedBy, h.requestedAt, h.dueBy, h.decidedBy, h.decidedAt);
        }
    }

    /**
     * A pending request as its receiver sees it before deciding: no case id, no name, no birth date (an age band
     * and the month of the 18th birthday instead), like what the bridge sees.
     */
    public record IncomingHandoverView(UUID id, String region, String ageBand, YearMonth turns18In,
                                       List<Domain> domains, Intensity intensity, HandoverScope scope,
                                       HandoverReason reason, String fromUsername, String fromOrganisation,
                                       String toUsername, String toOrganisation, String requestedBy,
                                       OffsetDateTime requestedAt, LocalDate dueBy) {
    }

    /** The receiver's decision; {@code caseId} (the way into the case) only when accepted. */
    public record DecisionView(UUID id, HandoverStatus status, UUID caseId, String decidedBy,
                               OffsetDateTime decidedAt) {
    }
}
