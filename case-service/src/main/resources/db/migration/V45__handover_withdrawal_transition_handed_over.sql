-- The team may withdraw a pending handover (e.g. one addressed to an organisation nobody of which answers, which
-- would otherwise block every later request of the case); withdrawn_by/at reuse decided_by/decided_at.
alter table handover drop constraint handover_status_check;
alter table handover add constraint handover_status_check
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'));

-- The timeline line of a withdrawal (the full vocabulary as in V2, plus HANDOVER_WITHDRAWN).
alter table timeline_entry drop constraint timeline_entry_kind_check;
alter table timeline_entry add constraint timeline_entry_kind_check check (kind in (
    'CASE_CREATED', 'CASE_UPDATED', 'CASE_CLOSED', 'PERSONAL_DATA_ERASED',
    'MEMBER_ADDED', 'MEMBER_REMOVED', 'MEMBER_CHANGED', 'LEAD_CHANGED',
    'CONSENT_RECORDED', 'CONSENT_REVOKED',
    'GOAL_SET', 'GOAL_UPDATED',
    'NOTE', 'YOUTH_VOICE', 'PARENT_VOICE', 'DECISION', 'SIGNAL',
    'ESCALATED', 'ESCALATION_WITHDRAWN', 'ESCALATION_RESOLVED', 'ADVICE_RECEIVED',
    'HANDOVER_REQUESTED', 'HANDOVER_ACCEPTED', 'HANDOVER_DECLINED', 'HANDOVER_WITHDRAWN',
    'ALERT_RAISED'));

-- transitionDue is cleared once an AGE_18_TRANSITION handover is accepted: a flag on the case (set by the
-- acceptance) keeps "my cases ?transitionDue=true" a condition on the case row, bounded by the caseload.
alter table care_case add column transition_handed_over boolean not null default false;
update care_case c set transition_handed_over = true
 where exists (select 1 from handover h
                where h.case_id = c.id and h.status = 'ACCEPTED' and h.reason = 'AGE_18_TRANSITION');
