-- Erasure (case.digest-erased.v1) and retention blank a referral's free text; erased_at marks it as done, so
-- the retention job never selects it again and a second erasure event changes nothing.
alter table referral add column erased_at timestamptz;

-- Pseudonyms whose case was erased: a referral of one that arrives later (the two topics are consumed
-- independently) is blanked as it is stored.
create table erased_pseudonym (
    pseudonym  varchar(64) primary key,
    erased_at  timestamptz not null
);

-- retention selects advised referrals by the time of their advice
create index advice_given_at on advice (given_at);
