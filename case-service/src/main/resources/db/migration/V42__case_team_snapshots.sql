-- The sequence of each case's case.team-changed.v1 snapshots: a consumer keeps, per case, the one with the highest
-- sequence. The fingerprint (SHA-256 of the last snapshot's fields but sequence and changedAt) lets a change that
-- leaves the team, its lead and the closed flag alone (a goal, a note) publish nothing. No foreign key, like
-- case_digest: the row holds nothing personal and the series must never restart at 1.
create table case_team_snapshot (
    case_id      uuid        primary key,
    sequence     bigint      not null,
    fingerprint  varchar(64) not null,
    published_at timestamptz not null
);
