package org.carebridge.network.referral;

import org.carebridge.network.escalation.BridgeStep;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.network.vocabulary.Intensity;
import org.carebridge.network.vocabulary.TriedMeasure;
import org.carebridge.network.vocabulary.Urgency;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code network.referred-to-advisory.v1}: the pseudonymised digest and nothing more. No case id, no
 * free text of the case team, no name of who raised it: this record is the privacy boundary, so adding a
 * component here is a privacy decision, not a refactoring.
 */
public record ReferredToAdvisoryV1(
        UUID referralId,
        UUID escalationId,
        String pseudonym,
        String region,
        AgeBand ageBand,
        List<Domain> domains,
        Intensity intensity,
        Barrier barrier,
        Urgency urgency,
        List<TriedMeasure> triedMeasures,
        String question,
        String referredBy,
        OffsetDateTime referredAt,
        List<Step> bridgeSteps) implements OutgoingEvent {

    /** What the bridge did before referring, as a category and its time: no note, no actor, no invitee. */
    public record Step(BridgeStep.Kind step, OffsetDateTime at) {
    }

    public static final String TYPE = "network.referred-to-advisory.v1";
    public static final String TOPIC = "network.referrals";

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

    @Override
    public String subject() {
        return referralId.toString();
    }
}
