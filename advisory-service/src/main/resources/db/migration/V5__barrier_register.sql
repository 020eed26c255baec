-- The barrier register: structural barriers, their pseudonymised evidence, and the policy signals drafted from them.
create table structural_barrier (
    id          uuid primary key,
    title       varchar(200)  not null,
    description varchar(4000) not null,
    category    varchar(40)   not null,
    region      varchar(50)   not null,
    status      varchar(20)   not null,
    owner       varchar(200)  not null,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint structural_barrier_status check (status in ('OPEN', 'SIGNALLED', 'ADDRESSED', 'CLOSED'))
);
create index structural_barrier_region on structural_barrier (region, updated_at desc);

-- Evidence: referrals (pseudonymised digests) of the barrier's region; one row per referral and barrier.
create table barrier_evidence (
    id           uuid primary key,
    barrier_id   uuid         not null references structural_barrier (id),
    referral_id  uuid         not null references referral (id),
    added_by     varchar(200) not null,
    added_at     timestamptz  not null,
    unique (barrier_id, referral_id)
);

-- A drafted signal keeps its report as drafted (JSON), so every export shows the same numbers.
create table policy_signal (
    id          uuid primary key,
    barrier_id  uuid         not null references structural_barrier (id),
    region      varchar(50)  not null,
    drafted_by  varchar(200) not null,
    drafted_at  timestamptz  not null,
    report      text         not null
);
create index policy_signal_region on policy_signal (region, drafted_at desc);
create index referral_region_barrier on referral (region, barrier, referred_at);
