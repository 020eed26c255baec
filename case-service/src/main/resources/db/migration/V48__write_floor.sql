-- The benchmark's floor for writes (issue 22): POST /api/cases/write-floor adds one row here, and only when
-- carebridge.bench.write-floor=on (bench/run's own system); everywhere else the endpoint does not exist and the
-- table stays empty. Nothing personal: an id and a time.
create table write_floor (
    id         uuid primary key,
    written_at timestamptz not null
);
