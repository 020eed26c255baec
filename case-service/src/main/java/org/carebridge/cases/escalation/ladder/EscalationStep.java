package org.carebridge.cases.escalation.ladder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.cases.timeline.TimelineParams;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One step of the bridge or the advisory group on an escalation, as the team is shown it; one row per step id. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends PanacheEntityBase {
    /** The producer's step id: a step delivered again, under any event id, is kept once. */
    @Id
    @Column(name = "step_id")
    public UUID stepId;
    @Column(name = "escalation_id")
    public UUID escalationId;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public String step;
    public String actor;
    public OffsetDateTime at;
    /** The step's parameters (named in {@link TimelineParams}); the free text among them is blanked on erasure. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> params = Map.of();
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public static EscalationStep made(UUID escalationId, LadderStep s, OffsetDateTime receivedAt) {
        EscalationStep row = new EscalationStep();
        row.stepId = s.stepId();
        row.escalationId = escalationId;
        row.tier = s.tier();
        row.step = s.step();
        row.actor = s.actor();
        row.at = s.at();
        row.params = s.params();
        row.receivedAt = receivedAt;
        return row;
    }

    /** The steps of these escalations, each escalation's oldest first. */
    public static Map<UUID, List<EscalationStep>> of(List<UUID> escalationIds) {
        if (escalationIds.isEmpty()) {
            return Map.of();
        }
        return EscalationStep.<EscalationStep>find("escalationId in ?1", Sort.by("at").and("stepId"), escalationIds)
                .stream().collect(Collectors.groupingBy(s -> s.escalationId));
    }

    /** Erasure of the case's personal data: the free text of its escalations' steps (notes, reasons, decisions). */
    public static void eraseFreeText(UUID caseId, String erased) {
        EscalationStep.<EscalationStep>list("escalationId in (select e.id from Escalation e where e.caseId = ?1)",
                caseId).forEach(s -> s.params = TimelineParams.blanked(s.params, erased));
    }
}
