-- The bridge's timeline of attempts on a referral (network.referred-to-advisory.v1 bridgeSteps, optional since
-- network-service 0.2): categories and times only, no notes and no names.
create table referral_bridge_step (
    referral_id  uuid        not null references referral (id),
    position     integer     not null,
    step         varchar(40) not null,
    at           timestamptz not null,
    primary key (referral_id, position)
);
