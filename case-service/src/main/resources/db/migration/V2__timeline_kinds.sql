-- The full vocabulary of the case timeline (see TimelineKind), set once so that the features that write
-- these kinds (team, consent, goals, journal, handovers, alerts, closing) need not each rewrite the constraint.
alter table timeline_entry drop constraint timeline_entry_kind_check;
alter table timeline_entry add constraint timeline_entry_kind_check check (kind in (
    'CASE_CREATED', 'CASE_UPDATED', 'CASE_CLOSED', 'PERSONAL_DATA_ERASED',
    'MEMBER_ADDED', 'MEMBER_REMOVED', 'MEMBER_CHANGED', 'LEAD_CHANGED',
    'CONSENT_RECORDED', 'CONSENT_REVOKED',
    'GOAL_SET', 'GOAL_UPDATED',
    'NOTE', 'YOUTH_VOICE', 'PARENT_VOICE', 'DECISION', 'SIGNAL',
    'ESCALATED', 'ESCALATION_WITHDRAWN', 'ESCALATION_RESOLVED', 'ADVICE_RECEIVED',
    'HANDOVER_REQUESTED', 'HANDOVER_ACCEPTED', 'HANDOVER_DECLINED',
    'ALERT_RAISED'));
