-- A bridge step's kind and a muted notification's kind are described once, in the Java enums that write them
-- (BridgeStep.Kind, BridgeNotification.Kind): a check constraint repeating their names only made a new kind a
-- migration too. Both columns are written only through those enums.
alter table escalation_step drop constraint escalation_step_kind;
alter table email_mute drop constraint email_mute_kind;
