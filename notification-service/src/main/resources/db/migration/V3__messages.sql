-- Every message the service sends, with its delivery state, and every attempt to hand it over.
create table message (
    id                  uuid primary key,
    event_id            uuid,
    event_type          text        not null,
    dossier_code        text        not null,
    ward_code           text        not null,
    channel             text        not null check (channel in ('SMS', 'EMAIL')),
    recipient           text        not null,
    template_id         text        not null,
    template_version    integer     not null,
    subject             text,
    body                text        not null,
    status              text        not null check (status in ('CREATED', 'SENDING', 'SENT', 'DELIVERED',
                                        'TEMPORARY_FAILURE', 'PERMANENT_FAILURE', 'TECHNICAL_FAILURE')),
    attempts            integer     not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz not null,
    provider            text,
    provider_message_id text,
    created_at          timestamptz not null,
    sent_at             timestamptz,
    updated_at          timestamptz not null,
    foreign key (template_id, template_version) references template_version (template_id, version)
);

-- One message per event and template, however often the event arrives.
create unique index message_event_template on message (event_id, template_id) where event_id is not null;
create index message_dossier on message (dossier_code, created_at);
-- The dispatcher's claim (status in the waiting states, next_attempt_at due) and the status filter.
create index message_status_next_attempt on message (status, next_attempt_at);
-- Delivery receipts name the provider's message id. Not unique: a provider that repeats an id must
-- not make the record of a message it accepted fail, which would leave the message to be sent again.
create index message_provider_id on message (provider, provider_message_id)
    where provider_message_id is not null;

create table message_attempt (
    message_id   uuid        not null references message (id),
    number       integer     not null check (number >= 1),
    attempted_at timestamptz not null,
    outcome      text        not null check (outcome in ('SENT', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE')),
    error_class  text,
    primary key (message_id, number)
);
