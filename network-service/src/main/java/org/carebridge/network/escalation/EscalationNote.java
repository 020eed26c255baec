package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A bridge coordinator's note on an escalation. It stays in network-service unless it was meant for the case team
 * (network.escalation-step.v1 carries it down); it never travels upward.
 */
@Entity
@Table(name = "escalation_note")
public class EscalationNote extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "escalation_id")
    public UUID escalationId;
    public String text;
    /** whether its text went to the case team (its author marked it so, or it says why a due date moved) */
    @Column(name = "for_team")
    public boolean forTeam;
    @Column(name = "written_by")
    public String writtenBy;
    @Column(name = "written_at")
    public OffsetDateTime writtenAt;

    /** A new note on escalation {@code escalationId}. */
    static EscalationNote written(UUID escalationId, String text, boolean forTeam, String by, OffsetDateTime at) {
        EscalationNote note = new EscalationNote();
        note.id = UUID.randomUUID();
        note.escalationId = escalationId;
        note.text = text;
        note.forTeam = forTeam;
        note.writtenBy = by;
        note.writtenAt = at;
        return note;
    }

    public static List<EscalationNote> of(UUID escalationId) {
        return list("escalationId = ?1 order by writtenAt, id", escalationId);
    }
}
