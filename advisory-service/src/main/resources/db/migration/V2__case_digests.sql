-- Aggregated statistics from case.digest.v1, maintained incrementally.
-- Nothing here identifies a young person: a pseudonym, categories and months.

-- The latest digest applied per pseudonym (highest sequence wins; an older one never overwrites it).
create table case_digest (
    pseudonym  varchar(64) primary key,
    sequence   bigint      not null,
    region     varchar(50) not null,
    as_of      timestamptz not null
);

-- What that latest digest contributes to digest_count: subtracted again when a newer digest replaces it.
create table case_digest_cell (
    pseudonym  varchar(64) not null references case_digest (pseudonym),
    month      date        not null,
    dimension  varchar(40) not null,
    category   varchar(40) not null,
    amount     bigint      not null,
    primary key (pseudonym, month, dimension, category)
);

-- The maintained counts: cases per (region, month the case was opened, dimension, category). A request sums
-- the rows of its region and months; their number grows with months and categories, never with cases.
create table digest_count (
    region     varchar(50) not null,
    month      date        not null,
    dimension  varchar(40) not null,
    category   varchar(40) not null,
    cases      bigint      not null,
    primary key (region, month, dimension, category),
    constraint digest_count_not_negative check (cases >= 0)
);
