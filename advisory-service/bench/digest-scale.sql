-- How the aggregated digest was checked to stay fast with millions of digests (run by hand, not by the build):
--   createdb -h 127.0.0.1 -U postgres digest_bench
--   psql -h 127.0.0.1 -U postgres -d digest_bench -f src/main/resources/db/migration/V2__case_digests.sql
--   psql -h 127.0.0.1 -U postgres -d digest_bench -f bench/digest-scale.sql
-- It fills digest_count with what the incremental maintenance produces for 2,000,000 cases over 10 years and
-- 4 regions (the same cells as Contribution.of; "+ 0 * i" keeps PostgreSQL from computing random() once), then
-- times the one query a statistics request runs.

\timing on
insert into digest_count (region, month, dimension, category, cases)
select region, month, dimension, category, count(*)
from (
    select ('region-' || floor(random() * 4)::int) as region,
           (date '2020-01-01' + (floor(random() * 120)::int * interval '1 month'))::date as month,
           i
    from generate_series(1, 2000000) i
) c
cross join lateral (values
    ('CASES', 'ALL'),
    ('STATUS', (array['OPEN','ESCALATED','CLOSED'])[1 + floor(random() * 3 + 0 * i)::int]),
    ('INTENSITY', (array['LIGHT','INTENSIVE'])[1 + floor(random() * 2 + 0 * i)::int]),
    ('AGE_BAND', (array['0-11','12-15','16-17','18-20','21+'])[1 + floor(random() * 5 + 0 * i)::int]),
    ('DOMAIN', (array['WELLBEING','SCHOOL','WORK'])[1 + floor(random() * 3 + 0 * i)::int]),
    ('BARRIER', (array['HOUSING','LANGUAGE','SCHOOL_ACCESS','MENTAL_HEALTH'])[1 + floor(random() * 4 + 0 * i)::int]),
    ('TRANSITION_18', (array['NOT_DUE','PENDING','ON_TIME','LATE'])[1 + floor(random() * 4 + 0 * i)::int]),
    ('RESOLVED_BY', (array['TEAM','BRIDGE','ADVISORY'])[1 + floor(random() * 3 + 0 * i)::int]),
    ('RESOLUTION_DAYS_' || (array['TEAM','BRIDGE','ADVISORY'])[1 + floor(random() * 3 + 0 * i)::int], floor(random() * 400 + 0 * i)::int::text)
) cell(dimension, category)
group by region, month, dimension, category;
analyze digest_count;

select count(*) as counter_rows from digest_count;

-- a year of one region, and the longest period allowed (120 months)
explain (analyze, buffers) select dimension, category, sum(cases) from digest_count
where region = 'region-1' and month between date '2024-01-01' and date '2024-12-01' group by dimension, category;
explain (analyze, buffers) select dimension, category, sum(cases) from digest_count
where region = 'region-1' and month between date '2020-01-01' and date '2029-12-01' group by dimension, category;
