-- The walk-in queue (issue 16, docs/queue.md): a ward center's set-up, the daily ticket sequences, the tickets and
-- their append-only history. The rules are in vn.onestop.intake.queue.model; these tables only keep what they decide.

-- One row per ward: the set-up SetupRules accepted, as a JSON document (fields, counters, priority groups, ordering,
-- recall limit, notify-ahead), and the center's name printed on slips and shown on the display. version counts the
-- saves, so a page can tell that the set-up changed.
create table queue_setup (
    ward_code   text        primary key,
    center_name text        not null,
    setup       jsonb       not null,
    version     integer     not null check (version >= 1),
    updated_at  timestamptz not null,
    updated_by  text        not null
);

-- The last sequence given per ward, ticket prefix and day (the day in Vietnam); a prefix is one field's in a
-- set-up. A take increments it inside its own transaction with a single statement that also checks the daily cap
--   insert ... values (..., 1) on conflict do update set last_given = last_given + 1 where last_given < :cap
-- so concurrent takes of a field queue on the row, a rolled-back take gives its number back (gap-free), and the cap
-- is never passed. Keyed by the prefix, the number printed, so that a set-up changed during the day (a prefix
-- moved to another field) never gives a number twice.
create table queue_sequence (
    ward_code  text    not null,
    prefix     text    not null,
    day        date    not null,
    last_given integer not null check (last_given between 1 and 999),
    primary key (ward_code, prefix, day)
);

create table queue_ticket (
    id               uuid        primary key,
    ward_code        text        not null,
    day              date        not null,
    prefix           text        not null check (prefix ~ '^[A-Z]{1,3}$'),
    sequence         integer     not null check (sequence between 1 and 999),
    -- the ticket's field now: a transfer changes it, the number (prefix, sequence) stays the one on the slip
    field            text        not null,
    priority         text        check (priority in ('ELDERLY', 'DISABILITY', 'PREGNANT', 'SMALL_CHILDREN', 'MERIT')),
    -- the arrival that orders the ticket, kept through a transfer and a reactivation
    taken_at         timestamptz not null,
    taken_via        text        not null check (taken_via in ('KIOSK', 'OFFICER', 'CITIZEN')),
    taken_by         text        not null,
    -- personal data: the citizen who took the ticket online (their own ticket), and the phone of the "almost your
    -- turn" SMS, given with consent. Never shown in a view, a log or a metric; the phone is cleared when the ticket
    -- ends and at the closing of the day.
    citizen_pid      text,
    phone            text,
    sms_consent      boolean     not null default false,
    ahead_when_taken integer     not null check (ahead_when_taken >= 0),
    turn_notified_at timestamptz,
    status           text        not null check (status in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW',
                                                             'CANCELLED', 'NOT_SERVED')),
    counter          integer     check (counter between 1 and 99),
    recalls          integer     not null default 0 check (recalls >= 0),
    -- the latest call, start and finish: waiting time is called_at - taken_at, service time finished_at - started_at
    called_at        timestamptz,
    started_at       timestamptz,
    finished_at      timestamptz,
    outcome_kind     text        check (outcome_kind in ('FILED', 'GUIDANCE', 'REFUSED')),
    outcome_reason   text,
    -- an Idempotency-Key of the take and a fingerprint of what was asked with it (the same key with another request
    -- is refused, as POST /dossiers does)
    idempotency_key  text,
    request_hash     text,
    updated_at       timestamptz not null,
    unique (ward_code, day, prefix, sequence),
    check (phone is null or sms_consent),
    check ((status = 'DONE') = (outcome_kind is not null)),
    check (outcome_reason is null or outcome_kind = 'REFUSED'),
    check ((idempotency_key is null) = (request_hash is null))
);

-- "the waiting tickets of a ward's fields today, in order": call next, people ahead, the board's counts
create index queue_ticket_waiting on queue_ticket (ward_code, day, field, taken_at) where status = 'WAITING';
-- the ticket a counter holds (called or being served)
create index queue_ticket_at_counter on queue_ticket (ward_code, day, counter) where status in ('CALLED', 'SERVING');
-- the closing: tickets still open, of today or of a day the closing missed
create index queue_ticket_open on queue_ticket (day, ward_code) where status in ('WAITING', 'CALLED');
-- a citizen's own tickets (GET /queue/{ward}/tickets/mine)
create index queue_ticket_citizen on queue_ticket (citizen_pid, day) where citizen_pid is not null;
-- phones still kept, to clear them
create index queue_ticket_phone on queue_ticket (day) where phone is not null;
create unique index queue_ticket_idempotency_key on queue_ticket (ward_code, idempotency_key)
    where idempotency_key is not null;

-- Append-only: rows are inserted, never updated or deleted. ward_code and day are the ticket's, copied so that the
-- board's last calls are read from one index.
create table queue_ticket_history (
    id          bigint generated always as identity primary key,
    ticket_id   uuid        not null references queue_ticket (id),
    ward_code   text        not null,
    day         date        not null,
    from_status text,
    to_status   text        not null,
    action      text        not null check (action in ('TAKE', 'CALL', 'RECALL', 'NO_SHOW', 'REACTIVATE', 'TRANSFER',
                                                       'START', 'FINISH', 'CANCEL', 'CLOSE')),
    at          timestamptz not null,
    counter     integer,
    field       text        not null,
    detail      text,
    actor       text
);

create index queue_ticket_history_ticket on queue_ticket_history (ticket_id, id);
create index queue_ticket_history_calls on queue_ticket_history (ward_code, day, id)
    where action in ('CALL', 'RECALL');

-- The dossiers a ticket ended with (outcome FILED), in the order given.
create table queue_ticket_dossier (
    ticket_id    uuid     not null references queue_ticket (id),
    position     smallint not null check (position >= 0),
    dossier_code text     not null,
    primary key (ticket_id, position),
    unique (ticket_id, dossier_code)
);
