-- Appointments moved because a calendar year was replaced (PUT /calendar/{year}): one row per moved
-- appointment, with what it was and what it became. Append-only.
create table due_time_recalculation (
    id                          bigint generated always as identity primary key,
    dossier_id                  uuid        not null references dossier (id),
    calendar_year               integer     not null,
    previous_counting_starts_at timestamptz not null,
    counting_starts_at          timestamptz not null,
    previous_due_at             timestamptz not null,
    due_at                      timestamptz not null,
    recalculated_at             timestamptz not null
);

create index due_time_recalculation_dossier on due_time_recalculation (dossier_id, id);

-- Open dossiers (not refused, withdrawn, stopped, result ready or returned), by appointment: the
-- recalculation after a calendar change and the in-progress / near-due / overdue gauges.
create index dossier_open_due on dossier (due_at) where status in (1, 2, 4, 5, 6);

-- Statistics per ward and period (GET /statistics): dossiers received, apologies and supplement
-- requests issued, ratings given in the period. Returns by completion time use V6's dossier_completed.
create index dossier_ward_received on dossier (ward_code, received_at);
create index dossier_status_history_counted_action on dossier_status_history (action, at)
    where action in ('apologize', 'request-supplement');
create index dossier_rating_rated_at on dossier_rating (rated_at);
