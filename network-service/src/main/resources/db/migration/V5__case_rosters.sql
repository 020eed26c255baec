-- Who is around each youth: the team of every case as case-service last announced it (case.team-changed.v1, a
-- full snapshot; the highest sequence wins). Professionals only: usernames, organisations, roles, who leads.
create table case_roster (
    case_id     uuid        primary key,
    region      varchar(50) not null,
    sequence    bigint      not null,
    closed      boolean     not null,
    changed_at  timestamptz not null,
    received_at timestamptz not null
);

create table case_roster_member (
    case_id      uuid         not null references case_roster (case_id) on delete cascade,
    position     integer      not null,
    username     varchar(100) not null,
    organisation varchar(100) not null,
    role         varchar(100) not null,
    lead         boolean      not null,
    primary key (case_id, position)
);
