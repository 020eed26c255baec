package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One thing the bridge did on an escalation, as a category with its time. These (without the actor) are the
 * {@code bridgeSteps} a referral carries upward: the advisory group learns what was tried, never what was said.
 * A step meant for the case team ({@code forTeam}) also went down to case-service as network.escalation-step.v1.
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
        RENOTIFIED("RENOTIFY"), CLIMBED("CLIMB"), REASSIGNED("REASSIGN"), CONSULTATION_OUTCOME("OUTCOME"),
        REFERRED("REFER"), ADVISED("RECEIVE_ADVICE"), RESOLVED("RESOLVE"), WITHDRAWN("WITHDRAWN");

        public final String auditAction;

        Kind(String auditAction) {
            this.auditAction = auditAction;
        }
    }

    /**
     * What a transition of an escalation did, as the aggregate returns it and the Recorder keeps it: the step row,
     * the row it made (a note, a table; null when none), the audit line's detail (ids and categories, never free
     * text; null when none), who must hear of it (null: nobody), what the case team reads of it (null: the step
     * stays in the bridge) and the event it sends besides (null: none).
     */
    public record Taken(Escalation escalation, Kind kind, String actor, OffsetDateTime at, PanacheEntityBase made,
                        String auditDetail, BridgeNotification tell, ForTeam team, OutgoingEvent sends) {

        /** A step for the case team, with nothing to read beyond the escalation's state after it. */
        public static Taken of(Escalation escalation, Kind kind, String actor, OffsetDateTime at) {
            return new Taken(escalation, kind, actor, at, null, null, null, ForTeam.STATE, null);
        }

        public Taken making(PanacheEntityBase row) {
            return new Taken(escalation, kind, actor, at, row, auditDetail, tell, team, sends);
        }

        public Taken detail(String detail) {
            return new Taken(escalation, kind, actor, at, made, detail, tell, team, sends);
        }

        /** {@code recipient} null: every coordinator of the escalation's region. */
        public Taken telling(BridgeNotification.Kind notice, String recipient, String summary) {
            Escalation e = escalation;
            return new Taken(e, kind, actor, at, made, auditDetail,
                    new BridgeNotification(notice, e.region, recipient, e.id, e.caseId, summary, at), team, sends);
        }

        /** What the team reads of it; null keeps it in the bridge. */
        public Taken forTeam(ForTeam read) {
            return new Taken(escalation, kind, actor, at, made, auditDetail, tell, read, sends);
        }

        public Taken sending(OutgoingEvent event) {
            return new Taken(escalation, kind, actor, at, made, auditDetail, tell, team, event);
        }
    }

    /**
     * What the case team reads of a step beyond the escalation's status, owner and due date: why a due date moved,
     * the text of a note its author marked for the team, the consultation table convened or concluded.
     */
    public record ForTeam(String reason, String note, Consultation consultation) {

        /** The escalation's state after the step is all there is to read. */
        public static final ForTeam STATE = new ForTeam(null, null, null);
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
    /** whether it went to the case team (network.escalation-step.v1) */
    @Column(name = "for_team")
    public boolean forTeam;

    public static BridgeStep record(UUID escalationId, Kind kind, OffsetDateTime at, String actor, boolean forTeam) {
        BridgeStep s = new BridgeStep();
        s.id = UUID.randomUUID();
        s.escalationId = escalationId;
        s.step = kind;
        s.at = at;
        s.actor = actor;
        s.forTeam = forTeam;
        s.persist();
        return s;
    }

    public static List<BridgeStep> of(UUID escalationId) {
        return list("escalationId = ?1 order by at, id", escalationId);
    }
}
