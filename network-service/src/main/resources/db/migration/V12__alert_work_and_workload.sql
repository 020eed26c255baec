-- Issue 18: alerts acknowledged and assigned; the workload of a region.
-- A coordinator of the region acknowledges an alert (who and when, once) and gives it to a coordinator of the
-- region to follow up (the assignee, who gave it and when; it may be given on again).
alter table alert
    add column acknowledged_by varchar(200),
    add column acknowledged_at timestamptz,
    add column assignee        varchar(200),
    add column assigned_by     varchar(200),
    add column assigned_at     timestamptz,
    add constraint alert_acknowledged_by_whom_and_when
        check ((acknowledged_by is null) = (acknowledged_at is null)),
    add constraint alert_assigned_by_whom_and_when
        check ((assignee is null) = (assigned_by is null) and (assignee is null) = (assigned_at is null));

-- The workload counts a region's open cases per professional and organisation: find them without reading every
-- region's rosters.
create index case_roster_open_in_region on case_roster (region) where not closed;
