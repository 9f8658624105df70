-- Consolidation imports: the citizen records of a predecessor ward's old system attached to the successor ward.
-- One row per import that committed, with its counts and every row it refused (line, field, reason; never a value).
-- The same file imported again into the same ward finds this row by its SHA-256 and changes nothing.
create table citizen_import (
    id             uuid        primary key,
    successor_ward text        not null check (successor_ward ~ '^[0-9]{5}$'),
    source         text        not null check (char_length(source) between 1 and 200),
    format         text        not null check (format in ('CSV', 'JSON')),
    content_sha256 text        not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    bytes          bigint      not null check (bytes >= 0),
    rows           integer     not null check (rows >= 0),
    created        integer     not null check (created >= 0),
    merged         integer     not null check (merged >= 0),
    unchanged      integer     not null check (unchanged >= 0),
    conflicts      integer     not null check (conflicts >= 0),
    invalid        integer     not null check (invalid >= 0),
    -- [{"line": 12, "field": "phone", "reason": "must be a valid Vietnamese phone number"}, ...], in file order
    errors         jsonb       not null,
    imported_at    timestamptz not null,
    imported_by    text        not null,
    constraint citizen_import_once unique (successor_ward, content_sha256),
    check (rows = created + merged + unchanged + conflicts + invalid)
);

create trigger citizen_import_never_deleted before update or delete on citizen_import
    for each row execute function citizen_refuse_removal();
create trigger citizen_import_never_truncated before truncate on citizen_import
    for each statement execute function citizen_refuse_removal();
