-- Email notifications to bridge coordinators. Their addresses come from their tokens: a coordinator becomes
-- known here when they open their inbox or their email settings, and the address is refreshed each time.
create table coordinator_contact (
    username     varchar(200) primary key,
    region       varchar(50)  not null,
    email        varchar(320) not null,
    last_seen_at timestamptz  not null
);
create index coordinator_contact_region on coordinator_contact (region);

-- The kinds of notification a coordinator does not want by email (the live stream still shows them).
create table email_mute (
    username  varchar(200) not null,
    kind      varchar(30)  not null,
    primary key (username, kind),
    constraint email_mute_kind check (kind in ('NEW_ESCALATION', 'ALERT', 'RENOTIFIED', 'CLIMBED'))
);
