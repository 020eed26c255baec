package org.carebridge.advisory.referral;

import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code advisory.advice-given.v1}, read by network-service and case-service. It carries only ids,
 * the pseudonym and the advice: nothing the advisory group could know about the young person beyond that.
 */
public record AdviceGivenV1(
        UUID adviceId,
        UUID referralId,
        UUID escalationId,
        String pseudonym,
        String advice,
        String givenBy,
        OffsetDateTime givenAt) implements OutgoingEvent {

    public static final String TYPE = "advisory.advice-given.v1";
    public static final String TOPIC = "advisory.advice";

    /** The advice as the referral gave it: ids, the pseudonym (the key) and the text, nothing more. */
    public static AdviceGivenV1 of(Referral.Advised given) {
        Referral r = given.referral();
        return new AdviceGivenV1(given.adviceId(), r.id, r.escalationId, r.pseudonym, given.advice(),
                given.givenBy(), given.givenAt());
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

    @Override
    public String subject() {
        return referralId.toString();
    }
}
