-- The bridge inbox: escalations received from case-service, and their referrals to the advisory group.

-- One row per case.escalated.v1; the id is the escalationId chosen by case-service, so a re-sent event
-- cannot create a second escalation.
create table escalation (
    id              uuid primary key,
    case_id         uuid         not null,
    region          varchar(50)  not null,
    pseudonym       varchar(64)  not null,
    age_band        varchar(10)  not null,
    domains         varchar(20)[] not null,
    intensity       varchar(20)  not null,
    barrier         varchar(40)  not null,
    urgency         varchar(10)  not null,
    what_was_tried  text         not null,
    tried_measures  varchar(40)[] not null,
    raised_by       varchar(200) not null,
    raised_at       timestamptz  not null,
    status          varchar(20)  not null,
    owner           varchar(200),
    claimed_at      timestamptz,
    received_at     timestamptz  not null,
    constraint escalation_status check (status in ('NEW', 'CLAIMED', 'REFERRED', 'ADVISED')),
    constraint escalation_owner_when_claimed check (status = 'NEW' or owner is not null)
);
-- The inbox of a region, newest first.
create index escalation_region_status on escalation (region, status, raised_at desc);

-- A referral to the advisory group: what was sent upward (the digest is rebuilt from the escalation,
-- the question is the only free text and is written for the advisory group) and the advice that came back.
create table referral (
    id               uuid primary key,
    escalation_id    uuid          not null unique references escalation (id),
    question         varchar(2000) not null,
    referred_by      varchar(200)  not null,
    referred_at      timestamptz   not null,
    advice_id        uuid unique,
    advice           text,
    advice_given_by  varchar(200),
    advice_given_at  timestamptz,
    constraint referral_advice_complete check (
        (advice_id is null and advice is null and advice_given_by is null and advice_given_at is null)
        or (advice_id is not null and advice is not null and advice_given_by is not null and advice_given_at is not null))
);
