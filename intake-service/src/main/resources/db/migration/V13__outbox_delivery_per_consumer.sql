-- Delivery per consumer (issue 14, line 4): an event goes to the consumers subscribed to its type
-- (platform.outbox.relay.consumers), and each consumer's progress is its own row here, so a consumer that is
-- down or refusing holds back only its own deliveries.
--
-- outbox_event.published_at becomes routed_at: when the relay gave the event its delivery rows. The rename keeps
-- every row's meaning without rewriting the table:
--   - an event published before this migration reached every consumer of the time: it counts as routed, and no
--     consumer has anything pending for it;
--   - an event not yet published stays unrouted, and the relay's first round gives it a pending delivery for each
--     consumer subscribed to its type by then (the subscriptions live in the configuration, not here).
-- An instance of the previous version still writing events after this migration writes them unrouted: they are
-- routed the same way. Its relay fails on the renamed column until it is replaced, which publishes nothing twice.
alter table outbox_event rename column published_at to routed_at;
alter index outbox_event_unpublished rename to outbox_event_unrouted;

create table outbox_delivery (
    event_id        uuid        not null references outbox_event (id) on delete cascade,
    consumer        text        not null,
    -- the event's, copied so that a consumer's pending rows are read in order from one index
    occurred_at     timestamptz not null,
    -- times the consumer refused it; the next refusal waits longer (platform.outbox.relay.backoff-*)
    refusals        integer     not null default 0,
    -- not before then (after a refusal); null: at once
    next_attempt_at timestamptz,
    published_at    timestamptz,
    primary key (event_id, consumer)
);

create index outbox_delivery_pending on outbox_delivery (consumer, occurred_at, event_id) where published_at is null;
