-- A CSV import of offers runs in the background; its state lives here so a client can follow it and so an
-- import cut short by a crash is found on the next start (and marked FAILED: its rows were never committed).
create table offer_import (
    id           uuid primary key,
    status       varchar(20)  not null,
    total        integer      not null,
    processed    integer      not null default 0,
    errors       text         not null default '[]', -- JSON, written by FieldErrorsConverter
    reason       text,
    started_by   varchar(200) not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    constraint offer_import_status check (status in ('VALIDATING', 'STORING', 'DONE', 'FAILED')),
    constraint offer_import_progress check (processed >= 0 and processed <= total)
);
-- the start-up check looks for imports that were still running
create index offer_import_running on offer_import (status) where status in ('VALIDATING', 'STORING');
