-- Plumbing tables every service carries in its own schema. Versions 0.x are reserved for the
-- platform so that a service's own migrations (V1, V2, ...) always run after them.

-- Transactional outbox: written in the same transaction as the state change it announces.
create table outbox_event (
    id            uuid primary key,
    topic         varchar(200) not null,
    event_key     varchar(200) not null,
    event_type    varchar(200) not null,
    envelope      text         not null,
    created_at    timestamptz  not null,
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(2000)
);
create index outbox_event_unpublished on outbox_event (created_at) where published_at is null;

-- Inbox: ids of consumed events, recorded in the same transaction as their effect.
create table inbox_event (
    event_id     varchar(200) not null,
    consumer     varchar(200) not null,
    event_type   varchar(200) not null,
    received_at  timestamptz  not null,
    primary key (event_id, consumer)
);

-- Audit trail: append-only. The trigger makes update and delete impossible, even for the service itself.
create table audit_entry (
    id          uuid primary key,
    at          timestamptz  not null,
    actor       varchar(200) not null,
    actor_roles varchar(500) not null,
    action      varchar(100) not null,
    object_type varchar(100) not null,
    object_id   varchar(200),
    case_id     uuid,
    reason      varchar(500)
);
create index audit_entry_case on audit_entry (case_id, at);
create index audit_entry_at on audit_entry (at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
