-- What an officer asks a ward leader to approve: a second supplement request or a second apology (form 04) of a
-- dossier, with the particulars the action needs. At most one request per dossier waits at a time; a leader approves
-- it (the action is then made in the leader's name in the same transaction) or refuses it with a reason.
create table approval_request (
    id               uuid        primary key,
    dossier_id       uuid        not null references dossier (id),
    ward_code        text        not null,
    action           text        not null check (action in ('request-supplement', 'apologize')),
    reason           text,
    missing_items    jsonb,
    new_appointment_at timestamptz,
    requested_by     text        not null,
    requested_at     timestamptz not null,
    status           text        not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text
);

create unique index approval_request_one_pending on approval_request (dossier_id) where status = 'PENDING';
create index approval_request_ward_pending on approval_request (ward_code, requested_at) where status = 'PENDING';

-- A signed-in citizen's own dossiers (GET /my-dossiers): found by the submitter's personal ID number.
create index dossier_submitter_id_number on dossier ((submitter->>'idNumber'), received_at);
