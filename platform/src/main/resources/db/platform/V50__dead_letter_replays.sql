-- Replays of dead letters by an operator (platform: every service runs it after its own migrations;
-- versions V50..V59 are kept free for the platform in every service).
create table dead_letter_replay (
    id            uuid primary key,
    dead_letter   varchar(40)  not null,
    topic         varchar(200) not null,
    event_id      varchar(200) not null,
    replayed_by   varchar(200) not null,
    replayed_at   timestamptz  not null
);
create index dead_letter_replay_of on dead_letter_replay (dead_letter, replayed_at);
