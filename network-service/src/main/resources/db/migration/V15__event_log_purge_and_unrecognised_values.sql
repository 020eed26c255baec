-- Platform tables, changed in each service's own migrations (the platform's versions are reserved elsewhere).
-- EventLogPurge deletes published outbox rows and old inbox rows by age, oldest first, in batches: each needs an
-- index on the age it asks for (the existing one covers only the unpublished outbox rows, for the relay).
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index inbox_event_received on inbox_event (received_at);

-- Values of a growing vocabulary this release did not know and read as OTHER, raw ("/barrier=HOMELESSNESS"), so
-- what a newer producer meant is still there after the upgrade; null for almost every event.
alter table inbox_event add column unrecognised varchar(2000);
