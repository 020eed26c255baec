-- The benchmark's region at scale, written straight into case-service's own tables (run by bench/run, never by
-- the build): 1,000,000 open cases of region north, each with a team of three from 5,000 generated professionals,
-- anna on one case in a thousand (1,000 cases, a heavy caseload and all of hers: the benchmark's load writes as ben),
-- and 20 timeline entries per case: 20,000,000 journal entries.
-- The cases are healthy on purpose (a lead, activity in the last 20 days, aged 9 to 15) so that the hourly alert
-- scan finds nothing to raise: the benchmark measures reads, not an alert storm.
-- Ids are sequential UUIDs so that the primary keys and the (case_id, at, seq) index fill by appending: random
-- ids would make the load itself the bottleneck of this 2-core machine, not what it loads.
set synchronous_commit = off;
set maintenance_work_mem = '512MB';

create or replace function pg_temp.bench_id(kind int, n bigint) returns uuid language sql immutable as
$$ select (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;

insert into care_case (id, youth_given_name, youth_family_name, date_of_birth, region, intensity, status,
                       lead_username, created_at, created_by, unaccompanied_minor, residence_status)
select pg_temp.bench_id(1, i), 'Given' || i, 'Family' || (i % 50000),
       date '2011-01-01' + (i % 2400)::int, 'north',
       case when i % 3 = 0 then 'INTENSIVE' else 'LIGHT' end, 'OPEN',
       'pro-' || (i % 5000), now() - ((1000000 - i) * interval '30 seconds'), 'bench-generator',
       i % 2 = 0, 'TEMPORARY_PERMIT'
from generate_series(1, 1000000) i;

insert into care_case_domain (case_id, domain)
select pg_temp.bench_id(1, i), (array ['WELLBEING', 'SCHOOL', 'WORK'])[1 + (i % 3)::int]
from generate_series(1, 1000000) i;

insert into case_member (id, case_id, username, organisation, role, added_at, added_by)
select pg_temp.bench_id(3, (i - 1) * 4 + m), pg_temp.bench_id(1, i),
       case when m = 4 then 'anna' else 'pro-' || ((i + (m - 1) * 1700) % 5000) end,
       (array ['school', 'social-services', 'youth-work', 'school'])[m], null,
       now() - interval '60 days', 'bench-generator'
from generate_series(1, 1000000) i
cross join generate_series(1, 4) m
where m < 4 or i % 1000 = 0;

insert into timeline_entry (id, case_id, at, kind, actor, summary, ref_id)
select pg_temp.bench_id(2, (i - 1) * 20 + j), pg_temp.bench_id(1, i),
       now() - ((20 - j) * interval '1 day') - ((i % 600) * interval '1 minute'),
       (array ['NOTE', 'YOUTH_VOICE', 'PARENT_VOICE', 'DECISION', 'SIGNAL'])[1 + (j % 5)::int],
       'pro-' || (i % 5000), 'Journal entry ' || j || ' of a generated case', null
from generate_series(1, 1000000) i
cross join generate_series(1, 20) j
order by i, j;

analyze care_case;
analyze care_case_domain;
analyze case_member;
analyze timeline_entry;

-- Each generated team counts as announced (case.team-changed.v1) when its case was created, as the service would
-- have done; without these rows case-service's start-up backfill would announce 1,000,000 teams at once. The
-- fingerprint matches no real team, so the next change of such a team is published as usual.
insert into case_team_snapshot (case_id, sequence, fingerprint, published_at)
select pg_temp.bench_id(1, i), 1, 'generated', now() - interval '60 days'
from generate_series(1, 1000000) i;
