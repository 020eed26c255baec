-- Issue 18: the advisory tier owns its step. A referral has an owner among the region's advisory members and a
-- due date set by urgency on receipt; the watch reminds once and climbs once to the chair; a session decision has
-- an owner, a due date and says whether it is final; a referral may be closed without advice, with a reason.
alter table referral add column owner        varchar(200);
alter table referral add column due_date     date;
alter table referral add column reminded_at  timestamptz;
alter table referral add column climbed_at   timestamptz;
alter table referral add column climbed_to   varchar(200);
alter table referral add column closed_at    timestamptz;
alter table referral add column closed_by    varchar(200);
alter table referral add column close_reason varchar(2000);

-- referrals received before this release are due by urgency from their receipt, as new ones are
update referral set due_date = (received_at at time zone 'UTC')::date
    + case urgency when 'HIGH' then 7 when 'MEDIUM' then 14 else 28 end;
alter table referral alter column due_date set not null;

alter table referral drop constraint referral_status;
alter table referral add constraint referral_status check (status in ('OPEN', 'ADVISED', 'CLOSED'));
-- the watch looks for open referrals by due date
create index referral_open_due on referral (due_date) where status = 'OPEN';

-- Every decision a session took on the referral, oldest first (the agenda item keeps the session's own copy).
create table referral_decision (
    referral_id  uuid          not null references referral (id),
    position     integer       not null,
    session_id   uuid          not null references advisory_session (id),
    decision     varchar(4000) not null,
    owner        varchar(200),
    due_date     date,
    is_final     boolean       not null,
    decided_by   varchar(200)  not null,
    decided_at   timestamptz   not null,
    primary key (referral_id, position)
);

alter table session_agenda_item add column owner    varchar(200);
alter table session_agenda_item add column due_date date;
alter table session_agenda_item add column is_final boolean;
-- decisions taken before this release ended the referral's time on the agenda: they were final
update session_agenda_item set is_final = true where decision is not null;

-- The advisory members the service has seen with their region (from their own tokens): who may own a referral.
create table advisory_member (
    username      varchar(200) primary key,
    region        varchar(50)  not null,
    last_seen_at  timestamptz  not null
);
