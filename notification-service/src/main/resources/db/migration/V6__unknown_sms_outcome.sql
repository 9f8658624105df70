-- An SMS attempt is stored IN_FLIGHT (committed) before the provider is called. A send that timed out
-- after its request went out, or whose dispatcher died while it was in flight, may have reached the
-- provider: the message becomes UNKNOWN and waits for its delivery receipt instead of being sent again.
alter table message drop constraint message_status_check;
alter table message add constraint message_status_check check (status in ('CREATED', 'SENDING', 'SENT', 'UNKNOWN',
    'DELIVERED', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE', 'TECHNICAL_FAILURE'));

alter table message_attempt drop constraint message_attempt_outcome_check;
alter table message_attempt add constraint message_attempt_outcome_check check (outcome in ('IN_FLIGHT', 'SENT',
    'UNKNOWN', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE'));
