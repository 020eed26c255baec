package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One thing the bridge did on an escalation, as a category with its time. These (without the actor) are the
 * {@code bridgeSteps} a referral carries upward: the advisory group learns what was tried, never what was said.
 */
@Entity
@Table(name = "escalation_step")
public class BridgeStep extends PanacheEntityBase {

    public enum Kind {
        CLAIMED, NOTE_ADDED, DUE_DATE_SET, CONSULTATION_CONVENED, RENOTIFIED, CLIMBED
    }

    /** The actor of the steps the service takes by itself (re-notify, climb). */
    public static final String SYSTEM = "network-service";

    @Id
    public UUID id;
    @Column(name = "escalation_id")
    public UUID escalationId;
    @Enumerated(EnumType.STRING)
    public Kind step;
    public OffsetDateTime at;
    public String actor;

    public static BridgeStep record(UUID escalationId, Kind kind, OffsetDateTime at, String actor) {
        BridgeStep s = new BridgeStep();
        s.id = UUID.randomUUID();
        s.escalationId = escalationId;
        s.step = kind;
        s.at = at;
        s.actor = actor;
        s.persist();
        return s;
    }

    public static List<BridgeStep> of(UUID escalationId) {
        return list("escalationId = ?1 order by at, id", escalationId);
    }
}
