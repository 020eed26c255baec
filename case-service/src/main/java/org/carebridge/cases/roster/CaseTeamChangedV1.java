package org.carebridge.cases.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code case.team-changed.v1} on topic {@code case.teams}, the contract in asyncapi.yaml: the whole team of
 * a case as the bridge of its region may see it. Professionals only: no name, birth date or pseudonym of the youth.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"caseId", "region", "sequence", "members", "closed", "changedAt"})
public record CaseTeamChangedV1(
        UUID caseId,
        String region,
        long sequence,
        List<Member> members,
        boolean closed,
        OffsetDateTime changedAt) implements OutgoingEvent {

    public static final String TYPE = "case.team-changed.v1";
    public static final String TOPIC = "case.teams";

    /** One professional on the team; {@code lead} marks the case's one accountable lead. */
    @JsonPropertyOrder({"username", "organisation", "role", "lead"})
    public record Member(String username, String organisation, String role, boolean lead) {
    }

    /** The same snapshot with its place in the case's series, which the fingerprint leaves out. */
    CaseTeamChangedV1 numbered(long nextSequence, OffsetDateTime at) {
        return new CaseTeamChangedV1(caseId, region, nextSequence, members, closed, at);
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
        return caseId.toString();
    }
}
