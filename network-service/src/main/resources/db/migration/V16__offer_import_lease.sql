-- A CSV import runs on one replica and holds a lease on its row: the replica's id and a heartbeat the replica
-- refreshes while the import runs (ImportLeases). Another replica starting up (a rolling update, a second pod) leaves
-- an import with a fresh heartbeat alone; only one whose heartbeat is older than the lease (its replica is gone) is
-- marked FAILED. (V16, not V15: another branch of issue 19 takes V15.)
alter table offer_import add column running_on varchar(200);
-- The default stamps the rows there are now, and those a replica of the previous release still inserts during the
-- rolling update: an import such a replica runs gets one lease to end in (it does not refresh it).
alter table offer_import add column heartbeat_at timestamptz not null default now();
