-- Near-due and overdue are computed on read from due_at; this index serves the lists that are not
-- narrowed to one ward (per-ward lists use dossier_ward_status from V4). The statuses are the ones
-- whose clock runs: submitted online, received, in processing, fees due.
create index dossier_clock_running_due on dossier (due_at) where status in (1, 2, 4, 6);

-- Returned dossiers by ward and completion time, for the statistics of early / on-time / late.
create index dossier_completed on dossier (ward_code, completed_at) where completed_at is not null;

-- One rating per dossier, given by the citizen after the result was returned.
create table dossier_rating (
    dossier_id uuid        primary key references dossier (id),
    rating     text        not null check (rating in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    comment    text,
    rated_at   timestamptz not null
);
