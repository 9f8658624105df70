-- Citizens an officer has to look at: a citizen in a ward that was only partly merged (kind PARTIAL_MERGER)
-- and, later, an import row that conflicts with the stored record (kind IMPORT_CONFLICT). A review is
-- resolved, never deleted. One review per (kind, citizen, source): raising the same one twice changes nothing.
create table citizen_review (
    id          uuid        primary key,
    kind        text        not null check (kind in ('PARTIAL_MERGER', 'IMPORT_CONFLICT')),
    citizen_id  uuid        not null references citizen (id),
    -- the citizen's ward when the review was raised
    ward_code   text        not null check (ward_code ~ '^[0-9]{5}$'),
    reason      text        not null,
    -- what raised it, e.g. merger:99001@2026-01-01
    source      text        not null,
    details     jsonb       not null,
    status      text        not null check (status in ('OPEN', 'RESOLVED')),
    created_at  timestamptz not null,
    created_by  text        not null,
    resolved_at timestamptz,
    resolved_by text,
    constraint citizen_review_once unique (kind, citizen_id, source)
);

create index citizen_review_by_ward on citizen_review (ward_code, status, created_at, id);
create index citizen_review_by_kind on citizen_review (kind, status, created_at, id);

create trigger citizen_review_never_deleted before delete on citizen_review
    for each row execute function citizen_refuse_removal();
create trigger citizen_review_never_truncated before truncate on citizen_review
    for each statement execute function citizen_refuse_removal();
