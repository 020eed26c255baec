-- The bridge at work: withdrawal, due dates, resolution, persistence (re-notify, climb), its steps, notes and
-- consultation tables; and the alerts and handovers case-service announces, as network-service's own copies.

alter table escalation drop constraint escalation_status;
alter table escalation add constraint escalation_status
    check (status in ('NEW', 'CLAIMED', 'REFERRED', 'ADVISED', 'RESOLVED', 'WITHDRAWN'));
-- a withdrawn escalation may never have been claimed
alter table escalation drop constraint escalation_owner_when_claimed;
alter table escalation add constraint escalation_owner_when_claimed
    check (status in ('NEW', 'WITHDRAWN') or owner is not null);

alter table escalation
    add column due_date          date,
    add column withdrawn_by      varchar(200),
    add column withdrawn_at      timestamptz,
    add column outcome           varchar(20),
    add column resolution_advice varchar(4000),
    add column resolved_by       varchar(200),
    add column resolved_at       timestamptz,
    -- persistence of the bridge: when the region was last told about it while unclaimed, and the climb
    add column last_notified_at  timestamptz,
    add column renotifications   integer not null default 0,
    add column climbed_at        timestamptz,
    add column climbed_to        varchar(200),
    add constraint escalation_outcome check (outcome is null or outcome in ('UNBLOCKED', 'PARTLY_UNBLOCKED', 'NOT_UNBLOCKED')),
    add constraint escalation_resolved_complete check (
        (status = 'RESOLVED') = (outcome is not null and resolution_advice is not null and resolved_by is not null
                                 and resolved_at is not null));
-- every escalation has a due date from the moment it arrives (its owner may move it); existing ones get two weeks
update escalation set last_notified_at = received_at, due_date = cast(received_at as date) + 14;
alter table escalation alter column last_notified_at set not null, alter column due_date set not null;
-- the sweeps look for NEW escalations not notified lately and open ones past their due date
create index escalation_sweep on escalation (status, last_notified_at);
create index escalation_due on escalation (due_date) where climbed_at is null;

-- What the bridge did on an escalation, as categories with their time: the bridgeSteps of a referral.
create table escalation_step (
    id             uuid primary key,
    escalation_id  uuid         not null references escalation (id),
    step           varchar(30)  not null,
    at             timestamptz  not null,
    actor          varchar(200) not null,
    constraint escalation_step_kind check (step in ('CLAIMED', 'NOTE_ADDED', 'DUE_DATE_SET', 'CONSULTATION_CONVENED',
                                                    'RENOTIFIED', 'CLIMBED'))
);
create index escalation_step_of on escalation_step (escalation_id, at);

-- The bridge's own notes: they stay in network-service (never in an event).
create table escalation_note (
    id             uuid primary key,
    escalation_id  uuid          not null references escalation (id),
    text           varchar(4000) not null,
    written_by     varchar(200)  not null,
    written_at     timestamptz   not null
);
create index escalation_note_of on escalation_note (escalation_id, written_at);

-- A consultation table convened on an escalation: who is invited (team members by username, organisations by
-- name), when, and what is on the agenda.
create table consultation (
    id             uuid primary key,
    escalation_id  uuid          not null references escalation (id),
    meets_at       timestamptz   not null,
    agenda         varchar(4000) not null,
    members        varchar(200)[] not null,
    organisations  varchar(200)[] not null,
    convened_by    varchar(200)  not null,
    convened_at    timestamptz   not null
);
create index consultation_of on consultation (escalation_id, meets_at);

-- The lead coordinator of each region, maintained by a network-admin: where an overdue escalation climbs.
create table region_lead (
    region      varchar(50) primary key,
    username    varchar(200) not null,
    set_by      varchar(200) not null,
    set_at      timestamptz  not null
);

-- case.alert-raised.v1, one row per alert id (case-service raises one alert per cause, ever).
create table alert (
    id             uuid primary key,
    case_id        uuid         not null,
    region         varchar(50)  not null,
    pseudonym      varchar(64)  not null,
    age_band       varchar(10)  not null,
    kind           varchar(40)  not null,
    cause          varchar(200) not null,
    lead_username  varchar(200),
    turns18_in     varchar(7),
    overdue_days   integer,
    inactive_days  integer,
    raised_at      timestamptz  not null,
    received_at    timestamptz  not null
);
create index alert_region on alert (region, raised_at desc);

-- case.handover-*.v1: a handover as the bridge follows it, from request to acceptance or decline.
create table handover (
    id                 uuid primary key,
    case_id            uuid         not null,
    region             varchar(50)  not null,
    pseudonym          varchar(64)  not null,
    age_band           varchar(10)  not null,
    scope              varchar(10)  not null,
    reason             varchar(30)  not null,
    from_username      varchar(200) not null,
    from_organisation  varchar(200) not null,
    to_username        varchar(200),
    to_organisation    varchar(200) not null,
    requested_by       varchar(200) not null,
    requested_at       timestamptz  not null,
    due_by             date,
    turns18_in         varchar(7),
    status             varchar(10)  not null,
    decided_by         varchar(200),
    decided_organisation varchar(200),
    new_lead_username  varchar(200),
    decided_at         timestamptz,
    constraint handover_status check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    constraint handover_decided check ((status = 'PENDING') = (decided_at is null))
);
create index handover_region on handover (region, status, requested_at desc);
