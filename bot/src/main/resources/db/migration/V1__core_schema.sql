-- BranchMate core schema. Runs unchanged on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- Reserved words are avoided in names (fact_key, fact_value, member_id ...), indexes are separate
-- statements so both databases read them the same way.

create table team (
    id          bigint       not null auto_increment primary key,
    code        varchar(64)  not null,
    name        varchar(128) not null,
    created_at  datetime(3)  not null
) engine = InnoDB default charset = utf8mb4;
create unique index uk_team_code on team (code);

create table member (
    id                 bigint       not null auto_increment primary key,
    login              varchar(64)  not null,
    display_name       varchar(128) not null,
    role               varchar(16)  not null,
    team_id            bigint       not null,
    wecom_user_id      varchar(128),
    dingtalk_staff_id  varchar(128),
    password_hash      varchar(100),
    enabled            boolean      not null default true,
    created_at         datetime(3)  not null,
    updated_at         datetime(3)  not null,
    constraint fk_member_team foreign key (team_id) references team (id)
) engine = InnoDB default charset = utf8mb4;
create unique index uk_member_login on member (login);
create unique index uk_member_wecom on member (wecom_user_id);
create unique index uk_member_dingtalk on member (dingtalk_staff_id);
create index ix_member_team on member (team_id);

create table bank (
    id          bigint       not null auto_increment primary key,
    name        varchar(64)  not null,
    created_at  datetime(3)  not null
) engine = InnoDB default charset = utf8mb4;
create unique index uk_bank_name on bank (name);

-- 网点: a bank branch, looked after by one member.
create table branch (
    id               bigint       not null auto_increment primary key,
    bank_id          bigint       not null,
    name             varchar(128) not null,
    owner_member_id  bigint,
    address          varchar(255),
    created_at       datetime(3)  not null,
    updated_at       datetime(3)  not null,
    constraint fk_branch_bank foreign key (bank_id) references bank (id),
    constraint fk_branch_owner foreign key (owner_member_id) references member (id)
) engine = InnoDB default charset = utf8mb4;
create unique index uk_branch_bank_name on branch (bank_id, name);
create index ix_branch_owner on branch (owner_member_id);

create table visit_note (
    id                  bigint       not null auto_increment primary key,
    member_id           bigint       not null,
    branch_id           bigint,
    raw_text            text         not null,
    reference_date      date         not null,
    channel             varchar(16)  not null,
    channel_message_id  varchar(128),
    extraction_status   varchar(16)  not null,
    extraction_json     mediumtext,
    created_at          datetime(3)  not null,
    undone_at           datetime(3),
    constraint fk_note_member foreign key (member_id) references member (id),
    constraint fk_note_branch foreign key (branch_id) references branch (id)
) engine = InnoDB default charset = utf8mb4;
create index ix_note_member_created on visit_note (member_id, created_at);
create index ix_note_branch on visit_note (branch_id);
-- A platform message is saved once even when it is delivered again.
create unique index uk_note_channel_message on visit_note (channel, channel_message_id);

-- A staff member of a branch or a bank customer.
create table person (
    id               bigint       not null auto_increment primary key,
    kind             varchar(16)  not null,
    name             varchar(64)  not null,
    title            varchar(32),
    branch_id        bigint,
    owner_member_id  bigint       not null,
    created_at       datetime(3)  not null,
    updated_at       datetime(3)  not null,
    erased_at        datetime(3),
    constraint fk_person_branch foreign key (branch_id) references branch (id),
    constraint fk_person_owner foreign key (owner_member_id) references member (id)
) engine = InnoDB default charset = utf8mb4;
create index ix_person_branch on person (branch_id);
create index ix_person_owner on person (owner_member_id);
create index ix_person_name on person (name);

-- Facts are never overwritten: a changed value supersedes the old row, which keeps its history.
create table fact (
    id               bigint        not null auto_increment primary key,
    person_id        bigint        not null,
    fact_key         varchar(32)   not null,
    fact_value       varchar(1000) not null,
    fact_note        varchar(255),
    source_note_id   bigint,
    recorded_by      bigint        not null,
    recorded_at      datetime(3)   not null,
    superseded_at    datetime(3),
    superseded_by    bigint,
    constraint fk_fact_person foreign key (person_id) references person (id),
    constraint fk_fact_note foreign key (source_note_id) references visit_note (id),
    constraint fk_fact_recorder foreign key (recorded_by) references member (id)
) engine = InnoDB default charset = utf8mb4;
create index ix_fact_person_key on fact (person_id, fact_key, superseded_at);
create index ix_fact_note on fact (source_note_id);
create index ix_fact_key_value on fact (fact_key, superseded_at);

create table task (
    id          bigint       not null auto_increment primary key,
    member_id   bigint       not null,
    person_id   bigint,
    note_id     bigint,
    due_date    date,
    content     varchar(500) not null,
    done        boolean      not null default false,
    done_at     datetime(3),
    created_at  datetime(3)  not null,
    constraint fk_task_member foreign key (member_id) references member (id),
    constraint fk_task_person foreign key (person_id) references person (id),
    constraint fk_task_note foreign key (note_id) references visit_note (id)
) engine = InnoDB default charset = utf8mb4;
create index ix_task_member_due on task (member_id, done, due_date);
create index ix_task_note on task (note_id);

-- One row per (team, date, kind): the database refuses a second huddle, whichever instance tries.
create table huddle (
    id            bigint       not null auto_increment primary key,
    team_id       bigint       not null,
    huddle_date   date         not null,
    kind          varchar(16)  not null,
    status        varchar(16)  not null,
    markdown      text,
    scheduled_at  datetime(3)  not null,
    sent_at       datetime(3),
    detail        varchar(1000),
    created_at    datetime(3)  not null,
    constraint fk_huddle_team foreign key (team_id) references team (id)
) engine = InnoDB default charset = utf8mb4;
create unique index uk_huddle_team_date_kind on huddle (team_id, huddle_date, kind);

-- A member's day report (今天拜访3个网点，出单2件，保费5万). A later one the same day supersedes.
create table huddle_report (
    id             bigint       not null auto_increment primary key,
    team_id        bigint       not null,
    member_id      bigint       not null,
    report_date    date         not null,
    visits         int,
    policies       int,
    premium        bigint,
    raw_text       varchar(2000) not null,
    channel        varchar(16)  not null,
    created_at     datetime(3)  not null,
    superseded_at  datetime(3),
    constraint fk_report_team foreign key (team_id) references team (id),
    constraint fk_report_member foreign key (member_id) references member (id)
) engine = InnoDB default charset = utf8mb4;
create index ix_report_team_date on huddle_report (team_id, report_date, superseded_at);
create index ix_report_member_date on huddle_report (member_id, report_date);

create table audit_log (
    id           bigint        not null auto_increment primary key,
    actor_id     bigint,
    actor_login  varchar(64)   not null,
    action       varchar(32)   not null,
    target_type  varchar(32)   not null,
    target_id    varchar(64),
    channel      varchar(16)   not null,
    detail       varchar(1000),
    occurred_at  datetime(3)   not null
) engine = InnoDB default charset = utf8mb4;
create index ix_audit_occurred on audit_log (occurred_at);
create index ix_audit_target on audit_log (target_type, target_id);
create index ix_audit_actor on audit_log (actor_id, occurred_at);

-- API tokens created in the console; only a SHA-256 of the token is kept.
create table api_token (
    id            bigint       not null auto_increment primary key,
    name          varchar(64)  not null,
    token_hash    char(64)     not null,
    member_id     bigint       not null,
    created_at    datetime(3)  not null,
    last_used_at  datetime(3),
    revoked_at    datetime(3),
    constraint fk_token_member foreign key (member_id) references member (id)
) engine = InnoDB default charset = utf8mb4;
create unique index uk_api_token_hash on api_token (token_hash);
