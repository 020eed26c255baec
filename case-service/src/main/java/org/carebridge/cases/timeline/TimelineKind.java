package org.carebridge.cases.timeline;

/**
 * What happened on a case, in the one ordered timeline the team reads. The journal kinds (NOTE, YOUTH_VOICE,
 * PARENT_VOICE, DECISION, SIGNAL) are written by members; the others are recorded by the service itself.
 * The enum is the vocabulary: {@code timeline_entry.kind} has no CHECK constraint since V46, so a new kind needs no
 * migration; each kind's parameters are named in {@link TimelineParams}.
 */
public enum TimelineKind {
    CASE_CREATED, CASE_UPDATED, CASE_CLOSED, PERSONAL_DATA_ERASED,
    MEMBER_ADDED, MEMBER_REMOVED, MEMBER_CHANGED, LEAD_CHANGED,
    CONSENT_RECORDED, CONSENT_REVOKED,
    GOAL_SET, GOAL_UPDATED,
    NOTE, YOUTH_VOICE, PARENT_VOICE, DECISION, SIGNAL,
    ESCALATED, ESCALATION_WITHDRAWN, ESCALATION_RESOLVED, ADVICE_RECEIVED, ESCALATION_STEP,
    HANDOVER_REQUESTED, HANDOVER_ACCEPTED, HANDOVER_DECLINED, HANDOVER_WITHDRAWN,
    ALERT_RAISED
}
