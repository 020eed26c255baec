-- A network-admin's allowance for one case worker of another region to join one case (TeamRules, rule 2). Kept
-- once withdrawn, with who withdrew it and when: who let whom onto a youth's team, and why, stays answerable. At
-- most one standing allowance per case and worker, even under concurrent requests. The reason is free text about
-- the case: erasure blanks it with the rest (PersonalData).
create table team_allowance (
    id            uuid         primary key,
    case_id       uuid         not null references care_case (id) on delete cascade,
    username      varchar(100) not null,
    reason        varchar(500) not null,
    allowed_by    varchar(100) not null,
    allowed_at    timestamptz  not null,
    withdrawn_by  varchar(100),
    withdrawn_at  timestamptz,
    constraint team_allowance_withdrawn_whole check ((withdrawn_by is null) = (withdrawn_at is null))
);
create unique index team_allowance_standing on team_allowance (case_id, username) where withdrawn_at is null;
create index team_allowance_by_case on team_allowance (case_id, allowed_at);
