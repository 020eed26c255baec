package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.notification.BridgeNotification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One thing the bridge did on an escalation, as a category with its time. These (without the actor) are the
 * {@code bridgeSteps} a referral carries upward: the advisory group learns what was tried, never what was said.
 * <p>
 * {@link Kind} is the vocabulary of steps, described here only: the database stores the name without a check, and
 * advisory-service reads any name it is sent.
 */
@Entity
@Table(name = "escalation_step")
public class BridgeStep extends PanacheEntityBase {

    /** A step and the action its audit line names. */
    public enum Kind {
        CLAIMED("CLAIM"), NOTE_ADDED("NOTE"), DUE_DATE_SET("DUE_DATE"), CONSULTATION_CONVENED("CONVENE"),
        RENOTIFIED("RENOTIFY"), CLIMBED("CLIMB"), REASSIGNED("REASSIGN");

        public final String auditAction;

        Kind(String auditAction) {
            this.auditAction = auditAction;
        }
    }

    /**
     * What a transition of an escalation did, as the aggregate returns it and the Recorder keeps it: the step row,
     * the row it made (a note, a table; null when none), the audit line's detail (ids and categories, never free
     * text; null when none) and who must hear of it (null: nobody).
     */
    public record Taken(Escalation escalation, Kind kind, String actor, OffsetDateTime at, PanacheEntityBase made,
                        String auditDetail, BridgeNotification tell) {

        public static Taken of(Escalation escalation, Kind kind, String actor, OffsetDateTime at) {
            return new Taken(escalation, kind, actor, at, null, null, null);
        }

        public Taken making(PanacheEntityBase row) {
            return new Taken(escalation, kind, actor, at, row, auditDetail, tell);
        }

        public Taken detail(String detail) {
            return new Taken(escalation, kind, actor, at, made, detail, tell);
        }

        /** {@code recipient} null: every coordinator of the escalation's region. */
        public Taken telling(BridgeNotification.Kind notice, String recipient, String summary) {
            Escalation e = escalation;
            return new Taken(e, kind, actor, at, made, auditDetail,
                    new BridgeNotification(notice, e.region, recipient, e.id, e.caseId, summary, at));
        }
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
