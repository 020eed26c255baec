-- Alert notices waiting for the next digest email (AlertDigest): an alert is kept here in the transaction that
-- received it, so none is lost when the process dies before the digest goes out. A notice with no email yet is for
-- the recipient (or, with no recipient, every coordinator of the region); resolving it replaces it with one notice per
-- address, and a sent digest deletes its notices in the transaction that sent it.
-- (V14, not V12: two other branches of issue 18 take V12 and V13.)
create table alert_notice (
    id           uuid         primary key,
    alert_id     uuid         not null,
    case_id      uuid         not null,
    region       varchar(50)  not null,
    category     varchar(40)  not null,
    raised_at    timestamptz  not null,
    recipient    varchar(200),
    email        varchar(320),
    locale       varchar(35)
);
create index alert_notice_unresolved on alert_notice (region) where email is null;
create index alert_notice_by_email on alert_notice (email) where email is not null;

-- Case workers keep their address here too now (their email settings); only a coordinator's address may stand in
-- for the region's coordinators when Keycloak cannot be asked. Every address known so far is a coordinator's.
alter table coordinator_contact add column coordinator boolean not null default true;
