-- Referrals from the bridge as pseudonymised digests, and the advisory group's advice on them.
-- By design nothing here identifies a young person: no case id, no name, no birth date, no team notes.

-- One row per network.referred-to-advisory.v1; the id is network-service's referralId.
create table referral (
    id              uuid primary key,
    escalation_id   uuid          not null,
    pseudonym       varchar(64)   not null,
    region          varchar(50)   not null,
    age_band        varchar(10)   not null,
    domains         varchar(20)[] not null,
    intensity       varchar(20)   not null,
    barrier         varchar(40)   not null,
    urgency         varchar(10)   not null,
    tried_measures  varchar(40)[] not null,
    question        varchar(2000) not null,
    referred_by     varchar(200)  not null,
    referred_at     timestamptz   not null,
    status          varchar(20)   not null,
    received_at     timestamptz   not null,
    constraint referral_status check (status in ('OPEN', 'ADVISED'))
);
create index referral_region_status on referral (region, status, referred_at desc);
-- later: every referral of the same youth (pseudonym) across escalations
create index referral_pseudonym on referral (pseudonym);

-- The advice on a referral; one per referral, since it is published downstream as a fact.
create table advice (
    id           uuid primary key,
    referral_id  uuid          not null unique references referral (id),
    advice       varchar(4000) not null,
    given_by     varchar(200)  not null,
    given_at     timestamptz   not null
);
