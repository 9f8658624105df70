-- Transactional outbox: a state change and the event that announces it are written in one
-- transaction; a relay publishes unpublished rows in order and marks them published.
create table outbox_event (
    id             uuid primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    payload        jsonb       not null,
    occurred_at    timestamptz not null default now(),
    published_at   timestamptz
);

create index outbox_event_unpublished on outbox_event (occurred_at) where published_at is null;
