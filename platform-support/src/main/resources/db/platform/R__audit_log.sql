-- The audit log of privileged actions, the same in every service (platform-support ships it; Flyway applies it
-- from classpath:db/platform). Who (token subject and roles), what (action and target), when, from where
-- (client address as the gateway saw it, request id). Append-only: rows are never changed or removed.
create table if not exists audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       text        not null,
    roles       text        not null,
    action      text        not null,
    target      text        not null,
    ward_code   text,
    client_ip   text,
    request_id  text,
    details     jsonb       not null default '{}'::jsonb
);

create index if not exists audit_event_at on audit_event (at desc, id desc);
create index if not exists audit_event_actor on audit_event (actor, at desc);
create index if not exists audit_event_action on audit_event (action, at desc);

create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% on audit_event is not allowed: the audit log only grows', tg_op
        using errcode = 'restrict_violation';
end
$$;

drop trigger if exists audit_event_append_only on audit_event;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
drop trigger if exists audit_event_never_truncated on audit_event;
create trigger audit_event_never_truncated before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
