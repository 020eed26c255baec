-- Erasure and retention reach the bridge: cases case-service erased (so a late event of one brings no text back),
-- and when the free text of an escalation was blanked (erasure, or retention after it ended).
create table erased_case (
    case_id     uuid        primary key,
    region      varchar(50) not null,
    erased_at   timestamptz not null,
    received_at timestamptz not null
);

alter table escalation add column texts_erased_at timestamptz;
-- the retention job looks for ended escalations whose text still stands
create index escalation_retention on escalation (status) where texts_erased_at is null;
