-- The knowledge base: lessons learned and success stories, written by the advisory group for every tier.
-- General knowledge, never about one youth: no pseudonym. source_referral_id only links advice turned into a lesson.
create table lesson (
    id                  uuid primary key,
    kind                varchar(20)   not null,
    title               varchar(200)  not null,
    summary             varchar(4000) not null,
    barriers            varchar(40)[] not null,
    domains             varchar(20)[] not null,
    regions             varchar(50)[] not null,
    owner_region        varchar(50)   not null,
    source_referral_id  uuid references referral (id),
    revision            integer       not null,
    changed             boolean       not null,
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    published_by        varchar(200),
    published_at        timestamptz,
    version             bigint        not null,
    constraint lesson_kind check (kind in ('LESSON', 'SUCCESS_STORY')),
    constraint lesson_revision check (revision >= 0)
);
create index lesson_barriers on lesson using gin (barriers);
create index lesson_published on lesson (published_at desc) where revision > 0;
