-- Mergers recorded after 2025-07-01 through POST /wards/mergers. A merger is keyed by its new unit
-- (code, effective day): posting it again with the same content (same fingerprint) answers the stored
-- outcome, with other content it is refused. The registry rows it changes live in admin_unit and
-- admin_unit_link; this table only remembers what was asked and answered.
create table ward_merger (
    successor_code text        not null,
    effective_on   date        not null,
    fingerprint    text        not null,
    outcome        jsonb       not null,
    recorded_at    timestamptz not null,
    primary key (successor_code, effective_on),
    foreign key (successor_code, effective_on) references admin_unit (code, effective_from)
);

-- the merger checks walk links backwards from a unit to its predecessors
create index admin_unit_link_successor on admin_unit_link (successor_code, successor_from);
