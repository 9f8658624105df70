-- Dossiers received at a ward center or online. The daily counter row is incremented inside the
-- dossier's transaction, so concurrent intakes queue on the row and a rolled-back intake leaves no gap.
create table dossier_daily_counter (
    agency_code text    not null,
    day         date    not null,
    n           integer not null check (n between 1 and 9999),
    primary key (agency_code, day)
);

create table dossier (
    id                   uuid        primary key,
    code                 text        not null unique,
    ward_code            text        not null,
    agency_code          text        not null,
    procedure_version_id bigint      not null references procedure_version (id),
    procedure_code       text        not null references procedure (code),
    channel              text        not null check (channel in ('IN_PERSON', 'ONLINE', 'POSTAL')),
    status               smallint    not null check (status between 1 and 10),
    received_at          timestamptz not null,
    counting_starts_at   timestamptz not null,
    due_at               timestamptz not null,
    sets                 smallint    not null check (sets between 1 and 20),
    submitter            jsonb       not null,
    owner                jsonb       not null,
    notes                text,
    received_by          text,
    citizen_id           uuid,
    citizen_link_pending boolean     not null,
    check (citizen_link_pending = (citizen_id is null))
);

create index dossier_ward_status on dossier (ward_code, status, due_at);
create index dossier_procedure on dossier (procedure_code, received_at);
create index dossier_procedure_version on dossier (procedure_version_id);
create index dossier_citizen on dossier (citizen_id) where citizen_id is not null;
create index dossier_citizen_link_pending on dossier (received_at) where citizen_link_pending;

create table dossier_document (
    dossier_id       uuid    not null references dossier (id),
    position         integer not null,
    document_key     text    not null,
    name             text    not null,
    originals        integer not null check (originals >= 0),
    certified_copies integer not null check (certified_copies >= 0),
    copies           integer not null check (copies >= 0),
    primary key (dossier_id, position)
);

-- Append-only: rows are inserted, never updated or deleted.
create table dossier_status_history (
    id          bigint generated always as identity primary key,
    dossier_id  uuid        not null references dossier (id),
    from_status smallint,
    to_status   smallint    not null,
    at          timestamptz not null,
    actor       text,
    reason      text
);

create index dossier_status_history_dossier on dossier_status_history (dossier_id, id);

-- POST /dossiers with an Idempotency-Key: the key is claimed in the intake's transaction, so a
-- concurrent duplicate waits on the primary key and then finds the winner's dossier.
create table idempotency_key (
    key          text        primary key,
    request_hash text        not null,
    dossier_code text        references dossier (code),
    created_at   timestamptz not null default now()
);

create index idempotency_key_dossier on idempotency_key (dossier_code);
