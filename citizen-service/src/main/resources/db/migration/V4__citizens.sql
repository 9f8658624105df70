-- Citizen records. Nothing is ever deleted: citizens are deactivated, and every change is kept in
-- citizen_history, which only grows. search_key and mark_key are computed by the service
-- (records.NameSearchKeys) from full_name: accent-free for trigram search, diacritics per word for ranking.
create table citizen (
    id                   uuid        primary key,
    id_number            text        not null check (id_number ~ '^([0-9]{12}|[0-9]{9})$'),
    legacy_id_number     boolean     not null,
    full_name            text        not null check (char_length(full_name) between 1 and 100),
    search_key           text        not null,
    mark_key             text        not null,
    date_of_birth        date        not null check (date_of_birth >= date '1900-01-01'),
    gender               text        not null check (gender in ('MALE', 'FEMALE')),
    phone                text        check (phone ~ '^0[0-9]{9}$'),
    email                text        check (char_length(email) <= 254),
    address_line         text        check (char_length(address_line) <= 200),
    ward_code            text        not null check (ward_code ~ '^[0-9]{5}$'),
    notification_channel text        not null check (notification_channel in ('SMS', 'EMAIL', 'NONE')),
    consent              boolean     not null,
    consent_at           timestamptz,
    active               boolean     not null,
    version              bigint      not null check (version >= 1),
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null,
    updated_by           text        not null,
    constraint citizen_id_number_unique unique (id_number),
    check (legacy_id_number = (char_length(id_number) = 9))
);

create index citizen_ward on citizen (ward_code, search_key);
create index citizen_search_key_trgm on citizen using gin (search_key gin_trgm_ops);

create table citizen_history (
    id         bigint generated always as identity primary key,
    citizen_id uuid        not null references citizen (id),
    version    bigint      not null,
    action     text        not null check (action in ('REGISTERED', 'UPDATED', 'DEACTIVATED')),
    changed_at timestamptz not null,
    changed_by text        not null,
    field      text        not null,
    old_value  text,
    new_value  text
);

create index citizen_history_citizen on citizen_history (citizen_id, version, id);

create function citizen_refuse_removal() returns trigger language plpgsql as $$
begin
    raise exception '% on % is not allowed: citizen records and their history are kept', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end
$$;

create trigger citizen_never_deleted before delete on citizen
    for each row execute function citizen_refuse_removal();
create trigger citizen_never_truncated before truncate on citizen
    for each statement execute function citizen_refuse_removal();
create trigger citizen_history_append_only before update or delete on citizen_history
    for each row execute function citizen_refuse_removal();
create trigger citizen_history_never_truncated before truncate on citizen_history
    for each statement execute function citizen_refuse_removal();
