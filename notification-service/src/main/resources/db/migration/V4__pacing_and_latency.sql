-- Quiet hours and the SMS budget hold non-urgent messages (courtesy, satisfaction survey); existing
-- messages are notices, hence urgent.
alter table message add column urgent boolean not null default true;
-- When the event behind a message occurred, for the event-to-send latency; null for messages queued
-- without an event.
alter table message add column event_occurred_at timestamptz;

-- SMS segments each ward sent per day (Asia/Ho_Chi_Minh), added in the transaction that marks a
-- message SENT.
create table sms_budget_usage (
    ward_code text    not null,
    day       date    not null,
    segments  bigint  not null check (segments >= 0),
    primary key (ward_code, day)
);
