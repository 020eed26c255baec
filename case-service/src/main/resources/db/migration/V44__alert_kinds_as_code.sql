-- Alert kinds are code now (one org.carebridge.cases.alert.AlertCheck per kind): the table no longer lists them, so
-- a new kind needs no migration. Width as network-service's copy; AlertScan refuses a longer kind at start.
alter table case_alert drop constraint case_alert_kind_check;
alter table case_alert alter column kind type varchar(40);
-- the consent-missing check asks, per membership, "was any consent recorded for this member on this case?",
-- revoked ones included (the existing consent indexes hold live consents only)
create index alert_scan_consent_by_member on consent (case_id, member_username);
