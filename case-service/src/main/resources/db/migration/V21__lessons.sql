-- Local copy of the advisory group's lessons base (advisory.lesson-published.v1), suggested to teams by barrier.
-- Lessons are general texts without personal data; of one lessonId only the highest revision is kept.
create table lesson (
    id            uuid          primary key,
    revision      integer       not null check (revision >= 1),
    kind          varchar(20)   not null check (kind in ('LESSON', 'SUCCESS_STORY')),
    title         varchar(200)  not null,
    summary       varchar(4000) not null,
    published_by  varchar(200)  not null,
    published_at  timestamptz   not null,
    received_at   timestamptz   not null
);

create table lesson_barrier (
    lesson_id  uuid        not null references lesson (id) on delete cascade,
    barrier    varchar(40) not null check (barrier in ('HOUSING', 'RESIDENCE_STATUS', 'LANGUAGE', 'SCHOOL_ACCESS',
                               'MENTAL_HEALTH', 'FINANCES', 'WORK_ACCESS', 'AGE_TRANSITION',
                               'AGENCY_COOPERATION', 'OTHER')),
    primary key (lesson_id, barrier)
);
-- suggestions start from the barrier a team is stuck on
create index lesson_barrier_by_barrier on lesson_barrier (barrier, lesson_id);

create table lesson_domain (
    lesson_id  uuid        not null references lesson (id) on delete cascade,
    domain     varchar(20) not null check (domain in ('WELLBEING', 'SCHOOL', 'WORK')),
    primary key (lesson_id, domain)
);

-- no row = the lesson holds for every region
create table lesson_region (
    lesson_id  uuid        not null references lesson (id) on delete cascade,
    region     varchar(50) not null,
    primary key (lesson_id, region)
);
