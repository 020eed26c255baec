package org.carebridge.cases.escalation.ladder;

import org.carebridge.cases.timeline.TimelineParams;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One step of the bridge or of the advisory group as the escalation takes it, read from either tier's event:
 * who did what when, where the tier stands after it ({@code bridgeStatus} for the bridge only, its owner and due
 * date) and the step's parameters for the team (named in {@link TimelineParams}). Step names are open: a name
 * this service does not know yet is kept and shown as sent.
 */
public record LadderStep(UUID stepId, Tier tier, String step, String actor, OffsetDateTime at, String bridgeStatus,
                         String owner, LocalDate dueDate, Map<String, String> params) {

    /** The bridge's statuses after which the escalation is no longer the bridge's to act on. */
    private static final Set<String> BRIDGE_DONE = Set.of("RESOLVED", "WITHDRAWN");
    private static final String REFERRED = "REFERRED";
    /** The advisory group closed the referral without advice: the escalation is the bridge's again. */
    private static final String ADVISORY_CLOSED = "CLOSED";

    public LadderStep {
        at = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        // in the order TimelineParams wrote them: the English summary lists them so (Map.copyOf's order varies per JVM)
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static LadderStep of(EscalationStepV1 s) {
        EscalationStepV1.Consultation table = s.consultation();
        Map<String, String> params = TimelineParams.of(
                TimelineParams.OWNER, s.owner(), TimelineParams.DUE_DATE, s.dueDate(),
                TimelineParams.REASON, s.reason(), TimelineParams.NOTE, s.note(),
                TimelineParams.MEETS_AT, table == null || table.meetsAt() == null ? null : table.meetsAt().toInstant(),
                TimelineParams.INVITEES, table == null || table.invitees() == null ? null
                        : String.join(",", table.invitees()),
                TimelineParams.OUTCOME, table == null ? null : table.outcome(),
                TimelineParams.DECISION, table == null ? null : decisions(table.decisions()));
        return new LadderStep(s.stepId(), Tier.BRIDGE, s.step(), s.actor(), s.at(), s.status(), s.owner(),
                s.dueDate(), params);
    }

    public static LadderStep of(ReferralStepV1 s) {
        ReferralStepV1.Decision d = s.decision();
        Map<String, String> params = TimelineParams.of(
                TimelineParams.OWNER, s.owner(), TimelineParams.DUE_DATE, s.dueDate(),
                TimelineParams.REASON, s.reason(),
                TimelineParams.DECISION, d == null ? null : decision(d.text(), d.owner(), d.dueDate()),
                TimelineParams.FINAL, d == null ? null : d.isFinal());
        return new LadderStep(s.stepId(), Tier.ADVISORY, s.step(), s.actor(), s.at(), null, s.owner(), s.dueDate(),
                params);
    }

    /** The tier this step leaves the escalation at. */
    public Tier reaches() {
        if (tier == Tier.ADVISORY) {
            return ADVISORY_CLOSED.equals(step) ? Tier.BRIDGE : Tier.ADVISORY;
        }
        if (BRIDGE_DONE.contains(bridgeStatus)) {
            return Tier.DONE;
        }
        return REFERRED.equals(bridgeStatus) ? Tier.ADVISORY : Tier.BRIDGE;
    }

    /** A consultation's decisions, each "text (owner, due date)", in one parameter; null when there are none. */
    private static String decisions(List<EscalationStepV1.Decision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            return null;
        }
        return decisions.stream().map(d -> decision(d.text(), d.owner(), d.dueDate()))
                .collect(Collectors.joining("; "));
    }

    private static String decision(String text, String owner, LocalDate dueDate) {
        if (owner == null && dueDate == null) {
            return text;
        }
        String who = owner == null ? String.valueOf(dueDate) : dueDate == null ? owner : owner + ", " + dueDate;
        return text + " (" + who + ")";
    }
}
