package org.carebridge.network.escalation;

import org.carebridge.network.referral.Referral;
import org.carebridge.network.referral.ReferralView;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.network.vocabulary.Intensity;
import org.carebridge.network.vocabulary.TriedMeasure;
import org.carebridge.network.vocabulary.Urgency;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** An escalation as a bridge coordinator of its region sees it, with its referral and advice when there are. */
public record EscalationView(
        UUID id,
        UUID caseId,
        String region,
        String pseudonym,
        AgeBand ageBand,
        List<Domain> domains,
        Intensity intensity,
        Barrier barrier,
        Urgency urgency,
        String whatWasTried,
        List<TriedMeasure> triedMeasures,
        String raisedBy,
        OffsetDateTime raisedAt,
        EscalationStatus status,
        String owner,
        OffsetDateTime claimedAt,
        OffsetDateTime receivedAt,
        ReferralView referral) {

    public static EscalationView of(Escalation e, Referral referral) {
        return new EscalationView(e.id, e.caseId, e.region, e.pseudonym, e.ageBand,
                e.domains.stream().map(Domain::valueOf).toList(), e.intensity, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().map(TriedMeasure::valueOf).toList(), e.raisedBy, utc(e.raisedAt), e.status,
                e.owner, utc(e.claimedAt), utc(e.receivedAt), referral == null ? null : ReferralView.of(referral));
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
