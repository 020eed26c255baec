-- The two ways an escalation ends besides advice: the team withdraws it, or the bridge resolves it with an
-- outcome and advice written for the team (network.escalation-resolved.v1). Null until that happens.
alter table escalation
    add column withdrawn_by        varchar(100),
    add column withdrawn_at        timestamptz,
    add column resolution_outcome  varchar(30) check (resolution_outcome in ('UNBLOCKED', 'PARTLY_UNBLOCKED',
                                                                             'NOT_UNBLOCKED')),
    add column resolution_advice   varchar(4000),
    add column resolved_by         varchar(200),
    add column resolved_at         timestamptz;
