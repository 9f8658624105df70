-- The citizen link of a dossier not yet linked (citizen_link_pending) goes on past failures: each dossier has its
-- own next attempt (backoff after a failure; pushed ahead while one replica's linking task holds it), and a refusal
-- by citizen-service (a 4xx, with its problem) stops the attempts until an officer corrects the submitter.
alter table dossier
    add column citizen_link_attempts integer     not null default 0,
    add column citizen_link_next_at  timestamptz not null default now(),
    add column citizen_link_refusal  jsonb;

create index dossier_citizen_link_due on dossier (citizen_link_next_at)
    where citizen_link_pending and citizen_link_refusal is null;
