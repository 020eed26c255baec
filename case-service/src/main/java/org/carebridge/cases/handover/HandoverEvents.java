package org.carebridge.cases.handover;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Data of the events on topic {@code case.handovers}, the contract in asyncapi.yaml. Pseudonym, age band and the
 * month of the 18th birthday stand in for the youth: no name and no birth date leave case-service.
 */
public final class HandoverEvents {

    public static final String TOPIC = "case.handovers";

    private HandoverEvents() {
    }

    /** What the four share: their topic, and the case as key, so that one case's handover events stay in order. */
    interface HandoverEvent extends OutgoingEvent {

        UUID caseId();

        @Override
        default String topic() {
            return TOPIC;
        }

        @Override
        default String key() {
            return caseId().toString();
        }
    }

    @JsonPropertyOrder({"handoverId", "caseId", "region", "pseudonym", "ageBand", "scope", "reason", "fromUsername",
            "fromOrganisation", "toUsername", "toOrganisation", "requestedBy", "requestedAt", "dueBy", "turns18In"})
    public record CaseHandoverRequestedV1(UUID handoverId, UUID caseId, String region, String pseudonym,
                                          String ageBand, HandoverScope scope, HandoverReason reason,
                                          String fromUsername, String fromOrganisation, String toUsername,
                                          String toOrganisation, String requestedBy, OffsetDateTime requestedAt,
                                          LocalDate dueBy, YearMonth turns18In) implements HandoverEvent {
        public static final String TYPE = "case.handover-requested.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    @JsonPropertyOrder({"handoverId", "caseId", "region", "scope", "reason", "acceptedBy", "acceptedOrganisation",
            "newLeadUsername", "acceptedAt"})
    public record CaseHandoverAcceptedV1(UUID handoverId, UUID caseId, String region, HandoverScope scope,
                                         HandoverReason reason, String acceptedBy, String acceptedOrganisation,
                                         String newLeadUsername, OffsetDateTime acceptedAt) implements HandoverEvent {
        public static final String TYPE = "case.handover-accepted.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    @JsonPropertyOrder({"handoverId", "caseId", "region", "scope", "reason", "declinedBy", "declinedAt"})
    public record CaseHandoverDeclinedV1(UUID handoverId, UUID caseId, String region, HandoverScope scope,
                                         HandoverReason reason, String declinedBy, OffsetDateTime declinedAt)
            implements HandoverEvent {
        public static final String TYPE = "case.handover-declined.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The team took its pending request back: nothing changed hands, and the receivers no longer see it. */
    @JsonPropertyOrder({"handoverId", "caseId", "region", "scope", "reason", "withdrawnBy", "withdrawnAt"})
    public record CaseHandoverWithdrawnV1(UUID handoverId, UUID caseId, String region, HandoverScope scope,
                                          HandoverReason reason, String withdrawnBy, OffsetDateTime withdrawnAt)
            implements HandoverEvent {
        public static final String TYPE = "case.handover-withdrawn.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
