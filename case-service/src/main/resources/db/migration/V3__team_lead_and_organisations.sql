-- Team: a case may be without a lead (the lead's membership was removed) and is then flagged at once;
-- organisations come from a fixed list of codes (validated in the request records, the column stays text).
alter table care_case alter column lead_username drop not null;
-- the demo organisation 'guardianship' is the list's 'guardian'
update case_member set organisation = 'guardian' where organisation = 'guardianship';
-- "cases without a lead" stays a cheap scan however many cases exist
create index care_case_lead_missing on care_case (id) where lead_username is null;
