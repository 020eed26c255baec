-- What the scrubber took out of the free text that leaves network-service (kinds, e.g. 'date', 'username'), so the
-- writer is told on every read, not only in the answer to the write.
alter table referral add column question_removed varchar(20)[] not null default '{}';
alter table escalation add column resolution_advice_removed varchar(20)[] not null default '{}';
