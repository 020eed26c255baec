-- advisory-service's statistics at the same scale: what the incremental maintenance of digest_count holds for
-- 1,000,000 cases over ten years in four regions (the cells of Contribution.of, one month per case);
-- "+ 0 * i" keeps PostgreSQL from computing random() once per statement.
set synchronous_commit = off;
insert into digest_count (region, month, dimension, category, cases)
select region, month, dimension, category, count(*)
from (
    select (array ['north', 'south', 'east', 'west'])[1 + floor(random() * 4)::int] as region,
           (date '2020-01-01' + (floor(random() * 120)::int * interval '1 month'))::date as month,
           i
    from generate_series(1, 1000000) i
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
    ('RESOLUTION_DAYS_' || (array['TEAM','BRIDGE','ADVISORY'])[1 + floor(random() * 3 + 0 * i)::int],
        floor(random() * 400 + 0 * i)::int::text)
) cell(dimension, category)
group by region, month, dimension, category
on conflict (region, month, dimension, category) do update set cases = digest_count.cases + excluded.cases;
analyze digest_count;
