-- case.handover-withdrawn.v1: the requesting team took a pending handover back; decided_by/decided_at hold who and
-- when, so handover_decided ((status = 'PENDING') = (decided_at is null)) holds as it is.
alter table handover drop constraint handover_status;
alter table handover add constraint handover_status check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'));
