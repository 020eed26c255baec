-- network.escalation-step.v1 (issue 18): each step row keeps whether it went to the case team. Until now no step
-- was published; the steps kept so far were all of the kinds that are now for the team, except the bridge's notes,
-- which were never meant for it.
alter table escalation_step add column for_team boolean;
update escalation_step set for_team = (step <> 'NOTE_ADDED');
alter table escalation_step alter column for_team set not null;

-- A note's text went to the case team (its author marked it so, or it is the reason a due date moved).
alter table escalation_note add column for_team boolean not null default false;

-- What a consultation table concluded, recorded once by the escalation's owner, with the decisions taken there:
-- each with the username who carries it out and the date it is due.
alter table consultation add column outcome varchar(4000);
alter table consultation add column outcome_by varchar(200);
alter table consultation add column outcome_at timestamptz;
alter table consultation add constraint consultation_outcome_recorded
    check ((outcome is null) = (outcome_at is null) and (outcome is null) = (outcome_by is null));

create table consultation_decision (
    consultation_id uuid          not null references consultation (id),
    position        integer       not null,
    text            varchar(2000) not null,
    owner           varchar(200)  not null,
    due_date        date          not null,
    primary key (consultation_id, position)
);
