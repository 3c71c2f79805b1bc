-- Undo needs to know what a note created: the person rows it added and the facts it replaced.
alter table person add column source_note_id bigint;
create index ix_person_source_note on person (source_note_id);
alter table branch add column source_note_id bigint;
