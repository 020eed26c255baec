-- The thin loop: a case with its team, escalations up to the bridge and the case's timeline.
-- Enumerations are text with CHECK constraints: readable in SQL, and a new value is a one-line migration.

create table care_case (
    id                 uuid         primary key,
    youth_given_name   varchar(100) not null,
    youth_family_name  varchar(100) not null,
    date_of_birth      date         not null,
    region             varchar(50)  not null,
    intensity          varchar(20)  not null check (intensity in ('LIGHT', 'INTENSIVE')),
    status             varchar(20)  not null check (status in ('OPEN', 'ESCALATED', 'CLOSED')),
    lead_username      varchar(100) not null,
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    version            bigint       not null default 0
);
-- "my cases" is ordered newest first
create index care_case_created on care_case (created_at desc, id);

-- A join table rather than text[]: filterable by domain with a plain index, and constrained like the others.
create table care_case_domain (
    case_id  uuid        not null references care_case (id) on delete cascade,
    domain   varchar(20) not null check (domain in ('WELLBEING', 'SCHOOL', 'WORK')),
    primary key (case_id, domain)
);

create table case_member (
    id            uuid         primary key,
    case_id       uuid         not null references care_case (id) on delete cascade,
    username      varchar(100) not null,
    organisation  varchar(100) not null,
    role          varchar(100),
    added_at      timestamptz  not null,
    added_by      varchar(100) not null,
    constraint case_member_once unique (case_id, username)
);
-- every request checks "is the caller a member of this case?" and lists "my cases"
create index case_member_by_username on case_member (username, case_id);

create table escalation (
    id              uuid          primary key,
    case_id         uuid          not null references care_case (id) on delete cascade,
    barrier         varchar(40)   not null check (barrier in ('HOUSING', 'RESIDENCE_STATUS', 'LANGUAGE',
                                      'SCHOOL_ACCESS', 'MENTAL_HEALTH', 'FINANCES', 'WORK_ACCESS',
                                      'AGE_TRANSITION', 'AGENCY_COOPERATION', 'OTHER')),
    urgency         varchar(10)   not null check (urgency in ('LOW', 'MEDIUM', 'HIGH')),
    what_was_tried  varchar(2000) not null,
    status          varchar(20)   not null check (status in ('RAISED', 'ADVISED', 'WITHDRAWN', 'RESOLVED')),
    raised_by       varchar(100)  not null,
    raised_at       timestamptz   not null,
    status_changed_at timestamptz not null
);
create index escalation_by_case on escalation (case_id, raised_at);
-- At most one open escalation per case, even under concurrent requests.
create unique index escalation_one_open_per_case on escalation (case_id) where status in ('RAISED', 'ADVISED');

create table escalation_tried_measure (
    escalation_id  uuid        not null references escalation (id) on delete cascade,
    measure        varchar(40) not null check (measure in ('TEAM_MEETING', 'SCHOOL_ADJUSTMENT',
                                   'REFERRAL_TO_SERVICE', 'FAMILY_CONVERSATION', 'LANGUAGE_SUPPORT',
                                   'HOUSING_SEARCH', 'LEGAL_AID', 'FINANCIAL_SUPPORT', 'OTHER')),
    primary key (escalation_id, measure)
);

create table timeline_entry (
    id       uuid         primary key,
    case_id  uuid         not null references care_case (id) on delete cascade,
    at       timestamptz  not null,
    kind     varchar(30)  not null check (kind in ('CASE_CREATED', 'MEMBER_ADDED', 'ESCALATED', 'ADVICE_RECEIVED')),
    actor    varchar(100) not null,
    summary  text         not null,
    ref_id   uuid
);
create index timeline_entry_by_case on timeline_entry (case_id, at, id);
