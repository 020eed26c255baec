-- Issue 18: the team sees every step above it. Each bridge and advisory step on an escalation is kept (one row per
-- step, unique on the producer's step id, so a redelivered or replayed step is kept once), and the escalation keeps
-- where it stands now on the ladder. Step names and statuses are the producers' open vocabularies: no CHECK on them.
create table escalation_step (
    step_id        uuid          primary key,
    escalation_id  uuid          not null references escalation (id) on delete cascade,
    tier           varchar(10)   not null check (tier in ('BRIDGE', 'ADVISORY')),
    step           varchar(40)   not null,
    actor          varchar(200)  not null,
    at             timestamptz   not null,
    params         jsonb         not null default '{}'::jsonb,
    received_at    timestamptz   not null
);
create index escalation_step_by_escalation on escalation_step (escalation_id, at);

-- null tier = TEAM (no step arrived yet); ladder_at is the time of the step that set the tier, so a step of the
-- other tier arriving late (two topics, no order between them) does not move the escalation back down the ladder.
alter table escalation add column ladder_tier       varchar(10) check (ladder_tier in ('TEAM', 'BRIDGE', 'ADVISORY', 'DONE'));
alter table escalation add column ladder_at         timestamptz;
alter table escalation add column bridge_status     varchar(40);
alter table escalation add column bridge_owner      varchar(200);
alter table escalation add column bridge_due_date   date;
alter table escalation add column advisory_owner    varchar(200);
alter table escalation add column advisory_due_date date;

-- The timeline as kind + params: the web client renders a line in the reader's language from them; summary stays
-- the English line for older clients and the fallback of the lines written before (whose params are {}).
alter table timeline_entry add column params jsonb not null default '{}'::jsonb;

-- The kind vocabulary is the code (TimelineKind), as V44 made it for alert kinds: a new kind (ESCALATION_STEP now)
-- no longer rewrites the constraint. Width as the column's.
alter table timeline_entry drop constraint timeline_entry_kind_check;
