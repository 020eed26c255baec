-- The youth's languages and legal situation, personal data like the name (erased with it at retention).
alter table care_case add column unaccompanied_minor boolean;
alter table care_case add column residence_status varchar(30) check (residence_status in ('CITIZEN',
    'PERMANENT_RESIDENT', 'TEMPORARY_PERMIT', 'ASYLUM_SEEKER', 'UNDOCUMENTED', 'UNKNOWN'));

-- ISO 639 codes, a join table like the domains: constrained, and erasable with one delete.
create table care_case_language (
    case_id   uuid       not null references care_case (id) on delete cascade,
    language  varchar(3) not null check (language ~ '^[a-z]{2,3}$'),
    primary key (case_id, language)
);
