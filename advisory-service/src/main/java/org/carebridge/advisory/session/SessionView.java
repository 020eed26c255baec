package org.carebridge.advisory.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.platform.time.Clocks;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Urgency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A session with its agenda in order: each referral in brief, with the decision once taken. */
public record SessionView(UUID id, String region, LocalDate date, List<String> members, String minutes,
                          String createdBy, OffsetDateTime createdAt, List<Item> agenda) {

    public record Item(UUID referralId, Barrier barrier, Urgency urgency, String ageBand, OffsetDateTime referredAt,
                       String referralStatus, boolean handled, String decision, String decidedBy,
                       OffsetDateTime decidedAt, String owner, LocalDate dueDate,
                       @JsonProperty("final") Boolean isFinal) {
    }

    static SessionView of(AdvisorySession s, Map<UUID, Referral> referrals) {
        return new SessionView(s.id, s.region, s.heldOn, List.copyOf(s.members), s.minutes, s.createdBy,
                Clocks.utc(s.createdAt), s.agenda.stream().map(i -> {
                    Referral r = referrals.get(i.referralId);
                    return new Item(i.referralId, r.barrier, r.urgency, r.ageBand.label(), Clocks.utc(r.referredAt),
                            r.status().name(), i.decision != null, i.decision, i.decidedBy, Clocks.utc(i.decidedAt),
                            i.owner, i.dueDate, i.isFinal);
                }).toList());
    }
}
