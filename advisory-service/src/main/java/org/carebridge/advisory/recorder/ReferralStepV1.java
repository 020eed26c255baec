package org.carebridge.advisory.recorder;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.carebridge.advisory.referral.ReferralStep;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code advisory.referral-step.v1}, read by case-service: each step the advisory tier takes on a referral,
 * so the case team sees who owns it by when and what was decided. Ids and categories only, plus the texts the group
 * wrote for the team (a decision, a closure's reason); nothing about the youth. Key = escalationId, so one
 * escalation's steps stay in order beside the bridge's. network-service reads it too, to email the owner a REMINDED step
 * and the chair a CLIMBED one.
 *
 * @param climbedTo on CLIMBED, the region's chair it climbed to (a username); null on every other step, and on a
 *                  CLIMBED one in a region without a configured chair (it climbed to the whole group). Optional in
 *                  the contract (added in 0.2.0): readers that ignore unknown fields are unaffected.
 */
public record ReferralStepV1(
        UUID stepId,
        UUID referralId,
        UUID escalationId,
        String step,
        String owner,
        LocalDate dueDate,
        OffsetDateTime at,
        String actor,
        UUID sessionId,
        Decision decision,
        String reason,
        String climbedTo) implements OutgoingEvent {

    public static final String TYPE = "advisory.referral-step.v1";
    public static final String TOPIC = "advisory.steps";

    /** A session's decision; not final keeps the referral on the next session's agenda. */
    public record Decision(String text, String owner, LocalDate dueDate, @JsonProperty("final") boolean isFinal) {
    }

    static ReferralStepV1 of(ReferralStep s) {
        ReferralStep.Decision d = s.decision();
        return new ReferralStepV1(UUID.randomUUID(), s.referral().id, s.referral().escalationId, s.kind().name(),
                s.referral().owner(), s.referral().dueDate(), s.at(), s.actor(), s.sessionId(),
                d == null ? null : new Decision(d.text(), d.owner(), d.dueDate(), d.isFinal()), s.reason(),
                s.kind() == ReferralStep.Kind.CLIMBED ? s.referral().climbedTo() : null);
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
        return escalationId.toString();
    }

    @Override
    public String subject() {
        return referralId.toString();
    }
}
