-- Where a fact came from, so the console's history can say it: NOTE (a visit note, see source_note_id),
-- CHAT (a correction sent in chat) or CONSOLE (entered in the console). Older rows have none.
alter table fact add column origin varchar(16);
