-- Scenario b's reference: empty copies of the tables a dossier's intake writes, in schema "bench" of the
-- intake database (same server, same columns, checks, indexes and foreign keys), so pgbench's inserts
-- cost what the service's do without touching the service's own rows or feeding its outbox relay.
drop schema if exists bench cascade;
create schema bench;
create table bench.dossier_daily_counter (like public.dossier_daily_counter including all);
create table bench.dossier (like public.dossier including all);
alter table bench.dossier
    add foreign key (procedure_version_id) references public.procedure_version (id),
    add foreign key (procedure_code) references public.procedure (code);
create table bench.dossier_document (like public.dossier_document including all);
alter table bench.dossier_document add foreign key (dossier_id) references bench.dossier (id);
create table bench.dossier_status_history (like public.dossier_status_history including all);
alter table bench.dossier_status_history add foreign key (dossier_id) references bench.dossier (id);
create table bench.outbox_event (like public.outbox_event including all);
