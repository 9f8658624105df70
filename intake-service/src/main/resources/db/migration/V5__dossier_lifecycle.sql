-- The lifecycle of a dossier after intake. "version" is the optimistic lock: every change updates
-- "where version = :seen", so two officers acting on the same state cannot both succeed.
alter table dossier
    add column version                  bigint      not null default 0,
    add column supplement_requests      smallint    not null default 0,
    add column status_before_supplement smallint    check (status_before_supplement between 1 and 10),
    add column paused_at                timestamptz,
    add column apologies                smallint    not null default 0,
    add column completed_at             timestamptz,
    add column timeliness               text        check (timeliness in ('EARLY', 'ON_TIME', 'LATE'));

-- What the action was (null for the intake row of V4), and its particulars: missing items, the
-- approving leader, the paused working minutes and the appointment before and after.
alter table dossier_status_history
    add column action  text,
    add column details jsonb;
