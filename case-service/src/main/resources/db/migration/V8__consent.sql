-- Consent of the youth or guardian to share with one member for one purpose. Revocation keeps the row (when,
-- by whom): the history of consent is itself evidence. At most one live consent per member and purpose.
create table consent (
    id               uuid         primary key,
    case_id          uuid         not null references care_case (id) on delete cascade,
    member_username  varchar(100) not null,
    purpose          varchar(20)  not null check (purpose in ('IDENTITY', 'JOURNAL')),
    given_by         varchar(20)  not null check (given_by in ('YOUTH', 'GUARDIAN')),
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null,
    revoked_at       timestamptz,
    revoked_by       varchar(100)
);
create unique index consent_live on consent (case_id, member_username, purpose) where revoked_at is null;
-- "which of my cases may I see the youth of" for a page of my cases, and the name search
create index consent_by_member on consent (member_username, purpose, case_id) where revoked_at is null;
