-- After erasure the birth date is gone, but the case still changes once more (closed, erased) and the advisory
-- group's statistics must see that under the age band and transition state the case last had. Both are
-- categories, no personal data: kept with the digest series they belong to.
alter table case_digest
    add column age_band     varchar(10),
    add column transition18 varchar(10);
