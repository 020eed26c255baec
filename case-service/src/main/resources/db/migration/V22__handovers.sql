-- Warm handovers of the lead or of the whole case: requested by the team, pending until the receiver (a named
-- professional, or any case worker of the receiving organisation in the case's region) accepts or declines.
create table handover (
    id                 uuid         primary key,
    case_id            uuid         not null references care_case (id) on delete cascade,
    region             varchar(50)  not null,
    scope              varchar(10)  not null check (scope in ('LEAD', 'CASE')),
    reason             varchar(30)  not null check (reason in ('AGE_18_TRANSITION', 'SCHOOL_TO_WORK', 'LEAD_CHANGE',
                                                                'MOVE', 'OTHER')),
    status             varchar(20)  not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    from_username      varchar(100) not null,
    from_organisation  varchar(100) not null,
    to_username        varchar(100),
    to_organisation    varchar(100) not null,
    requested_by       varchar(100) not null,
    requested_at       timestamptz  not null,
    due_by             date,
    decided_by         varchar(100),
    decided_at         timestamptz
);
create index handover_by_case on handover (case_id, requested_at);
-- one handover in flight per case, even under concurrent requests
create unique index handover_one_pending_per_case on handover (case_id) where status = 'PENDING';
-- the receivers' inbox: addressed to me by name, or to my organisation in my region
create index handover_pending_to_user on handover (to_username) where status = 'PENDING';
create index handover_pending_to_organisation on handover (to_organisation, region)
    where status = 'PENDING' and to_username is null;
-- the age-18 alert asks "was a transition handover accepted?" for every case near its 18th birthday
create index handover_accepted_age18 on handover (case_id) where status = 'ACCEPTED' and reason = 'AGE_18_TRANSITION';
