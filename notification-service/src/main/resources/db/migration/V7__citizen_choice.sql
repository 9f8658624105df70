-- What each citizen's own record says about being told (issue 14, line 5), projected from citizen-service's
-- CitizenRegistered / CitizenUpdated / CitizenDeactivated events. The newest version wins: an older event
-- that arrives late changes nothing. preference is null while no event has carried the preferences.
create table citizen_choice (
    citizen_id uuid        primary key,
    version    bigint      not null,
    active     boolean     not null,
    phone      text,
    email      text,
    preference text        check (preference in ('SMS', 'EMAIL', 'NONE', 'NOT_CHOSEN')),
    consent    boolean     not null,
    updated_at timestamptz not null
);
