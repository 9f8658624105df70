-- The national registry of commune-level units with their periods of validity: a code may name one unit
-- until 2025-06-30 and a different, larger one from 2025-07-01, so (code, effective_from) is the key.
-- V3__load_admin_units (a Java migration) fills both tables from the shipped data files.
create extension if not exists pg_trgm;

create table admin_unit (
    code           text not null check (code ~ '^[0-9]{5}$'),
    effective_from date not null,
    effective_to   date,
    name           text not null,
    full_name      text not null,
    type           text not null check (type in ('WARD', 'COMMUNE', 'TOWN', 'SPECIAL_ZONE')),
    province_code  text not null check (province_code ~ '^[0-9]{2}$'),
    province_name  text not null,
    district_name  text,
    -- accent-free, đ→d, i/y-folded full name, computed by VietnameseNames.searchKey
    search_key     text not null,
    primary key (code, effective_from),
    check (effective_to is null or effective_to >= effective_from)
);

create index admin_unit_province on admin_unit (province_code, effective_from, code);
create index admin_unit_in_force on admin_unit (effective_from, effective_to);
create index admin_unit_search on admin_unit using gin (search_key gin_trgm_ops);

-- Old→new is many-to-many: a split old unit has several successors, each link then partial.
create table admin_unit_link (
    successor_code   text    not null,
    successor_from   date    not null,
    predecessor_code text    not null,
    predecessor_from date    not null,
    partial          boolean not null,
    primary key (successor_code, successor_from, predecessor_code, predecessor_from),
    foreign key (successor_code, successor_from) references admin_unit (code, effective_from),
    foreign key (predecessor_code, predecessor_from) references admin_unit (code, effective_from)
);

create index admin_unit_link_predecessor on admin_unit_link (predecessor_code, predecessor_from);
