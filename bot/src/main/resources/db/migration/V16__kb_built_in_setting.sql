-- Whether the built-in playbook is searched (an admin's switch that survives restarts), and the built-in files an
-- admin deleted, which the start must not load again.
alter table kb_state add column built_in_enabled boolean not null default true;

create table kb_dismissed (
    file_name  varchar(255)  not null primary key
) engine = InnoDB default charset = utf8mb4;
