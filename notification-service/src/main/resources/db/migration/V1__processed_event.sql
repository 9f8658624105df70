-- Inbox of consumed events: the event id is the idempotency key, so an event delivered twice
-- (at-least-once relays do that) yields its messages once.
create table processed_event (
    event_id     uuid primary key,
    event_type   text        not null,
    source       text        not null,
    processed_at timestamptz not null default now()
);
