-- One change often writes several timeline lines in one transaction, with one timestamp (e.g. the lead leaves:
-- MEMBER_REMOVED, then LEAD_CHANGED). Ordering those by their random id shuffled them; the insertion sequence
-- keeps the order they were written in. Existing rows get numbers in physical order, good enough for the past.
alter table timeline_entry add column seq bigserial;
create index timeline_entry_by_case_seq on timeline_entry (case_id, at, seq);
drop index timeline_entry_by_case;
