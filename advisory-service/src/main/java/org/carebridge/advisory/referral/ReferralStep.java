package org.carebridge.advisory.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One step the advisory tier took on a referral, as a transition of {@link Referral} returns it and the recorder
 * keeps it (audit line, {@code advisory.referral-step.v1} to the case team). {@link Kind} is the vocabulary,
 * described here only; consumers read it as an open set.
 *
 * @param sessionId   the session it was taken up or decided in (TAKEN_UP, DECISION), else null
 * @param decision    what the session decided (DECISION), else null
 * @param reason      why the referral was closed without advice (CLOSED), else null
 * @param auditDetail the audit line's detail: ids and categories, never free text
 */
public record ReferralStep(Referral referral, Kind kind, String actor, OffsetDateTime at, UUID sessionId,
                           Decision decision, String reason, String auditDetail) {

    /** The actor of the steps the service takes by itself (reminder, climb). */
    public static final String SYSTEM = "advisory-service";

    /** A step and the action its audit line names. */
    public enum Kind {
        OWNER_SET("SET_OWNER"), TAKEN_UP("TAKE_UP"), DECISION("DECISION"), REMINDED("REMIND"), CLIMBED("CLIMB"),
        CLOSED("CLOSE");

        public final String auditAction;

        Kind(String auditAction) {
            this.auditAction = auditAction;
        }
    }

    /** A session's decision as the step carries it: the group's text, who follows it up by when, and if it is final. */
    public record Decision(String text, String owner, LocalDate dueDate, boolean isFinal) {
    }

    static ReferralStep of(Referral referral, Kind kind, String actor, OffsetDateTime at, String auditDetail) {
        return new ReferralStep(referral, kind, actor, at, null, null, null, auditDetail);
    }
}
