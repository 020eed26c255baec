package org.carebridge.advisory.referral;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.TriedMeasure;
import org.carebridge.advisory.vocabulary.Urgency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A referral as an advisory member sees it: the digest, the question, who owns it by when, the sessions' decisions,
 * and the advice once given (or why it was closed without).
 */
public record ReferralView(
        UUID id,
        UUID escalationId,
        String pseudonym,
        String region,
        AgeBand ageBand,
        List<Domain> domains,
        Intensity intensity,
        Barrier barrier,
        Urgency urgency,
        List<TriedMeasure> triedMeasures,
        List<StepView> bridgeSteps,
        String question,
        String referredBy,
        OffsetDateTime referredAt,
        ReferralStatus status,
        OffsetDateTime receivedAt,
        UUID handledInSession,
        String owner,
        LocalDate dueDate,
        OffsetDateTime remindedAt,
        String climbedTo,
        List<DecisionView> decisions,
        OffsetDateTime closedAt,
        String closeReason,
        AdviceView advice) {

    /** A session's decision; {@code final} false keeps the referral on the next agenda. */
    public record DecisionView(UUID sessionId, String text, String owner, LocalDate dueDate,
                               @JsonProperty("final") boolean isFinal, String decidedBy, OffsetDateTime at) {
    }

    /** The bridge's timeline of attempts in categories, oldest first. */
    public record StepView(String step, OffsetDateTime at) {
    }

    public record AdviceView(UUID id, String text, String givenBy, OffsetDateTime givenAt) {
    }

    public static ReferralView of(Referral r, Advice advice) {
        return new ReferralView(r.id, r.escalationId, r.pseudonym, r.region, r.ageBand,
                r.domains.stream().map(Domain::valueOf).toList(), r.intensity, r.barrier, r.urgency,
                r.triedMeasures.stream().map(TriedMeasure::valueOf).toList(),
                r.bridgeSteps.stream().map(s -> new StepView(s.step, utc(s.at))).toList(), r.question(), r.referredBy,
                utc(r.referredAt), r.status(), utc(r.receivedAt), r.handledInSession(), r.owner(), r.dueDate(),
                utc(r.remindedAt()), r.climbedTo(), r.decisions().stream().map(d -> new DecisionView(d.sessionId,
                        d.text, d.owner, d.dueDate, d.isFinal, d.decidedBy, utc(d.decidedAt))).toList(),
                utc(r.closedAt()), r.closeReason(),
                advice == null ? null : new AdviceView(advice.id, advice.advice, advice.givenBy, utc(advice.givenAt)));
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
