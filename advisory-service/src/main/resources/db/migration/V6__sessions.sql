-- Advisory meetings: date, members, an agenda of referrals built when planned, minutes and decisions.
create table advisory_session (
    id          uuid primary key,
    region      varchar(50)    not null,
    held_on     date           not null,
    members     varchar(200)[] not null,
    minutes     varchar(20000) not null,
    created_by  varchar(200)   not null,
    created_at  timestamptz    not null,
    version     bigint         not null
);
create index advisory_session_region on advisory_session (region, held_on desc);

create table session_agenda_item (
    session_id   uuid          not null references advisory_session (id),
    position     integer       not null,
    referral_id  uuid          not null references referral (id),
    decision     varchar(4000),
    decided_by   varchar(200),
    decided_at   timestamptz,
    primary key (session_id, position)
);

-- a referral handled in a session is marked, and no longer put on the next agenda
alter table referral add column handled_in_session uuid references advisory_session (id);
