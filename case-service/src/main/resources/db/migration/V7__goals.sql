-- Goals per life domain, each with one owner on the team and a due date. The title is the team's free text,
-- so it is nullable: retention erases it and keeps the goal's structure (domain, dates, status).
create table goal (
    id              uuid         primary key,
    case_id         uuid         not null references care_case (id) on delete cascade,
    domain          varchar(20)  not null check (domain in ('WELLBEING', 'SCHOOL', 'WORK')),
    title           varchar(200),
    owner_username  varchar(100) not null,
    due_date        date         not null,
    status          varchar(10)  not null check (status in ('OPEN', 'DONE', 'DROPPED')),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index goal_by_case on goal (case_id, due_date, id);
-- the overdue scan (alerts, digests) looks only at open goals
create index goal_open_due on goal (due_date) where status = 'OPEN';
