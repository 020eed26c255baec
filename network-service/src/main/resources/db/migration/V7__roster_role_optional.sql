-- A member's role on a case team is optional in case-service (the creator of a case need not name one): a
-- snapshot with such a member was refused as poison and the whole team of that case never reached the bridge.
alter table case_roster_member alter column role drop not null;
