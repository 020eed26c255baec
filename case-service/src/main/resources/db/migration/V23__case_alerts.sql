-- Automatic alerts of the scheduled checks. Unique on (case_id, cause): each cause raises one alert, ever, however
-- often the checks run and on however many instances.
create table case_alert (
    id         uuid         primary key,
    case_id    uuid         not null references care_case (id) on delete cascade,
    kind       varchar(30)  not null check (kind in ('NO_LEAD', 'GOAL_OVERDUE', 'INACTIVITY',
                                                     'AGE_18_WITHOUT_TRANSITION')),
    cause      varchar(200) not null,
    raised_at  timestamptz  not null,
    constraint case_alert_once unique (case_id, cause)
);
-- (named for the alert scan, so that they cannot clash with indexes the case file adds for itself)
-- the inactivity check looks up each case's latest entry that is not an alert
create index alert_scan_timeline_activity on timeline_entry (case_id, at) where kind <> 'ALERT_RAISED';
-- the age-18 check starts from birth dates
create index alert_scan_case_by_birth on care_case (date_of_birth);
