package org.carebridge.cases.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.casefile.Intensity;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.escalation.EndedBy;
import org.carebridge.cases.escalation.Urgency;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code case.digest.v1} on topic {@code case.digests}, the contract in asyncapi.yaml: every field always
 * present (null when none). Built from what may leave the service only: no case id, name, birth date, username or
 * free text.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"pseudonym", "sequence", "asOf", "region", "ageBand", "domains", "intensity", "status", "openedOn",
        "closedOn", "outcome", "openBarriers", "members", "hasLead", "goalsOpen", "goalsDone", "goalsOverdue",
        "escalations", "transition18"})
public record CaseDigestV1(
        String pseudonym,
        long sequence,
        OffsetDateTime asOf,
        String region,
        String ageBand,
        List<Domain> domains,
        Intensity intensity,
        CaseStatus status,
        LocalDate openedOn,
        LocalDate closedOn,
        String outcome,
        List<Barrier> openBarriers,
        int members,
        boolean hasLead,
        int goalsOpen,
        int goalsDone,
        int goalsOverdue,
        List<EscalationDigest> escalations,
        Transition18Status transition18) implements OutgoingEvent {

    public static final String TYPE = "case.digest.v1";
    public static final String TOPIC = "case.digests";

    /** One escalation of the case: its barrier, urgency and how long it took until which tier ended it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"barrier", "urgency", "raisedAt", "endedAt", "endedBy"})
    public record EscalationDigest(Barrier barrier, Urgency urgency, OffsetDateTime raisedAt, OffsetDateTime endedAt,
                                   EndedBy endedBy) {
    }

    /** The same digest with its place in the case's series: what the fingerprint leaves out. */
    CaseDigestV1 numbered(long nextSequence, OffsetDateTime at) {
        return new CaseDigestV1(pseudonym, nextSequence, at, region, ageBand, domains, intensity, status, openedOn,
                closedOn, outcome, openBarriers, members, hasLead, goalsOpen, goalsDone, goalsOverdue, escalations,
                transition18);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return pseudonym;
    }
}
