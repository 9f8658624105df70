-- Officers list the messages of their own wards only (issue #6): the list filters and sorts by ward.
create index message_ward_created on message (ward_code, created_at desc);
