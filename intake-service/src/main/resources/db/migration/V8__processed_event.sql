-- Inbox of consumed events (WardsMerged from citizen-service): the event id is the idempotency key,
-- recorded in the same transaction as what the event changes here.
create table processed_event (
    event_id     uuid primary key,
    event_type   text        not null,
    source       text        not null,
    processed_at timestamptz not null default now()
);
