-- What a user's token says beyond their address, remembered with it for mail sent while Keycloak cannot be asked:
-- their language (the token's locale claim; null without one: English), and whether they are an advisory member
-- (a climb in a region without an advisory chair goes to the region's advisory members, as Keycloak lists them, or
-- else to those of them we remember).
alter table coordinator_contact add column locale varchar(35);
alter table coordinator_contact add column advisory_member boolean not null default false;
