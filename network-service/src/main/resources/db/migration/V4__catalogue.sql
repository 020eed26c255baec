-- The catalogue of the care network: organisations and what they offer, maintained by a network-admin.
create table organisation (
    id       uuid primary key,
    name     varchar(200) not null unique,
    region   varchar(50)  not null,
    contact  varchar(320) not null
);

create table offer (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    title            varchar(200)  not null,
    domain           varchar(20)   not null,
    region           varchar(50)   not null,
    min_age          integer       not null,
    max_age          integer       not null,
    languages        varchar(10)[] not null,
    capacity         integer       not null,
    contact          varchar(320)  not null,
    constraint offer_domain check (domain in ('WELLBEING', 'SCHOOL', 'WORK')),
    constraint offer_ages check (min_age >= 0 and max_age <= 30 and min_age <= max_age),
    constraint offer_capacity check (capacity >= 0),
    unique (organisation_id, title)
);
create index offer_search on offer (region, domain, min_age, max_age);
