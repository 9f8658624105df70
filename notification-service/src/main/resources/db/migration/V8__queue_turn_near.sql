-- The walk-in queue's "sắp đến lượt" SMS (issue 16): intake's QueueTurnNear event, one SMS to the phone given with
-- the ticket, one segment. The wording is intake's AlmostYourTurn.text; folded to GSM-7 it reads
-- "Sap den luot so A012 tai Phuong Hai Chau: con 3 nguoi truoc ban. Moi ong/ba co mat tai khu vuc cho de kip len quay."
-- {{turn}} is "còn N người trước bạn", or "bạn là người tiếp theo" when nobody is ahead. No e-mail template: a
-- ticket carries no address.
insert into template (id, event_type, channel, procedure_group, kind, description, current_version) values
    ('queue-turn-near-sms', 'QueueTurnNear', 'SMS', null, 'NOTICE', 'Sắp đến lượt: số thứ tự sắp được gọi lên quầy', 1);

insert into template_version (template_id, version, subject, body, max_segments) values
    ('queue-turn-near-sms', 1, null,
     'Sắp đến lượt số {{ticketNumber}} tại {{wardName}}: {{turn}}. Mời ông/bà có mặt tại khu vực chờ để kịp lên quầy.', 1);
