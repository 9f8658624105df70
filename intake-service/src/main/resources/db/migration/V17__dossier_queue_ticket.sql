-- Issue 16: a dossier filed from a walk-in ticket records it (POST /dossiers with "queueTicket"); its receipt shows
-- the ticket's number, and finishing the ticket as FILED without naming dossiers takes the dossiers filed from it.
alter table dossier add column queue_ticket_id uuid references queue_ticket (id);

create index dossier_queue_ticket on dossier (queue_ticket_id) where queue_ticket_id is not null;

-- A counter holds at most one ticket at a time (called or being served). "Call next" serialises the calls of one
-- counter (an advisory lock) and refuses a busy counter; this index makes the database refuse it too.
create unique index queue_ticket_one_per_counter on queue_ticket (ward_code, day, counter)
    where status in ('CALLED', 'SERVING');
