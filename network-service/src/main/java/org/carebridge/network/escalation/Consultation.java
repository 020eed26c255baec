package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A consultation table the owner of an escalation convened: who is invited, when, and the agenda. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "escalation_id")
    public UUID escalationId;
    @Column(name = "meets_at")
    public OffsetDateTime meetsAt;
    public String agenda;
    /** usernames of case team members */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> members;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organisations;
    @Column(name = "convened_by")
    public String convenedBy;
    @Column(name = "convened_at")
    public OffsetDateTime convenedAt;

    /** A new table on escalation {@code escalationId}, as its owner convened it. */
    static Consultation convened(UUID escalationId, BridgeRequests.Consultation request, String by,
                                 OffsetDateTime at) {
        Consultation c = new Consultation();
        c.id = UUID.randomUUID();
        c.escalationId = escalationId;
        c.meetsAt = request.meetsAt();
        c.agenda = request.agenda();
        c.members = List.copyOf(request.members());
        c.organisations = List.copyOf(request.organisations());
        c.convenedBy = by;
        c.convenedAt = at;
        return c;
    }

    public static List<Consultation> of(UUID escalationId) {
        return list("escalationId = ?1 order by meetsAt, id", escalationId);
    }
}
