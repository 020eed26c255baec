-- Closing with an outcome (the values of case.digest.v1's outcome), and retention: once erased, a case keeps
-- only its non-personal structure (region, intensity, domains, status, outcome, dates, team, goal structure).
alter table care_case add column outcome varchar(20) check (outcome in ('GOALS_REACHED', 'HANDED_OVER',
    'MOVED_AWAY', 'YOUTH_DECLINED', 'AGED_OUT', 'OTHER'));
alter table care_case add column closed_at timestamptz;
alter table care_case add column closed_by varchar(100);
alter table care_case add column erased_at timestamptz;
alter table care_case alter column youth_given_name drop not null;
alter table care_case alter column youth_family_name drop not null;
alter table care_case alter column date_of_birth drop not null;
-- the retention job's scan: closed, not yet erased, oldest first
create index care_case_to_erase on care_case (closed_at) where status = 'CLOSED' and erased_at is null;
