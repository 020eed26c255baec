-- The digest sequence of each case: a consumer keeps, per pseudonym, the digest with the highest sequence. The
-- fingerprint (SHA-256 of the last digest's fields but sequence and asOf) lets a change that alters none of the
-- digest's fields (e.g. a journal note) publish nothing. No foreign key: the row is no personal data and outlives
-- an erased case, so that a later digest of the same pseudonym could never restart at 1.
create table case_digest (
    case_id      uuid        primary key,
    sequence     bigint      not null,
    fingerprint  varchar(64) not null,
    published_at timestamptz not null
);

-- Who ended an escalation and when, kept from the first ending action on: advice that unblocked a team stays the
-- advisory group's even when the bridge resolves the escalation afterwards.
alter table escalation
    add column ended_at timestamptz,
    add column ended_by varchar(10) check (ended_by in ('TEAM', 'BRIDGE', 'ADVISORY'));
update escalation set ended_at = withdrawn_at, ended_by = 'TEAM' where status = 'WITHDRAWN';
update escalation set ended_at = coalesce(resolved_at, status_changed_at), ended_by = 'BRIDGE' where status = 'RESOLVED';
update escalation set ended_at = status_changed_at, ended_by = 'ADVISORY' where status = 'ADVISED';
