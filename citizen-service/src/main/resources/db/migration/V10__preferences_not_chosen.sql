-- "Not chosen" is no longer "chose none". Until now a record made without preferences (by intake when a
-- dossier was filed, or by an import row that left them blank) was stored as channel NONE without consent,
-- exactly like a citizen who asked for no notices. Such records become NOT_CHOSEN: notification-service
-- then follows the dossier's own contact, as it did for everybody before it read the citizens' records.
--
-- What an existing row means, and what it becomes:
--   SMS / EMAIL                                     an explicit choice (consent was required): unchanged;
--   NONE with consent                               somebody set consent, hence answered: stays NONE;
--   NONE without consent, set to NONE by an update  the history shows the choice being made: stays NONE;
--   any other NONE without consent                  nobody can tell a choice from a default, and the old
--                                                   default was by far the most common source: NOT_CHOSEN.
-- The last case may turn a few real "no notices" choices made at registration into NOT_CHOSEN; those
-- citizens get service notices about their own dossiers (what they got until now, since no service read
-- the record) and no courtesy messages, until an officer records NONE again.
alter table citizen drop constraint citizen_notification_channel_check;
alter table citizen add constraint citizen_notification_channel_check
    check (notification_channel in ('SMS', 'EMAIL', 'NONE', 'NOT_CHOSEN'));

update citizen c set notification_channel = 'NOT_CHOSEN'
where c.notification_channel = 'NONE' and not c.consent
  and not exists (select 1 from citizen_history h where h.citizen_id = c.id and h.action = 'UPDATED'
                  and h.field = 'preferences.channel' and h.new_value = 'NONE');
