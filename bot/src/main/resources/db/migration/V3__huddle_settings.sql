-- Per team: where and when huddles go, how customers are named in the group, targets, own templates.
create table huddle_settings (
    team_id                   bigint        not null primary key,
    enabled                   boolean       not null default false,
    morning_time              char(5)       not null default '08:30',
    evening_time              char(5)       not null default '17:30',
    zone                      varchar(64)   not null default 'Asia/Shanghai',
    wecom_webhook_key         varchar(255),
    wecom_chat_id             varchar(128),
    dingtalk_webhook          varchar(512),
    dingtalk_secret           varchar(255),
    dingtalk_conversation_id  varchar(128),
    customer_names            varchar(16)   not null default 'HONORIFIC',
    morning_template          text,
    evening_template          text,
    target_policies           int,
    target_premium            bigint,
    grace_minutes             int           not null default 60,
    personal_reminders        boolean       not null default true,
    updated_at                datetime(3)   not null,
    constraint fk_huddle_settings_team foreign key (team_id) references team (id)
) engine = InnoDB default charset = utf8mb4;

-- Dates an admin adds (next year's holidays, team_id null) and a team's own skips and extra days.
create table calendar_day (
    id          bigint       not null auto_increment primary key,
    team_id     bigint,
    calendar_date  date      not null,
    day_type    varchar(16)  not null,
    name        varchar(64),
    created_at  datetime(3)  not null,
    constraint fk_calendar_day_team foreign key (team_id) references team (id)
) engine = InnoDB default charset = utf8mb4;
create index ix_calendar_day on calendar_day (calendar_date, team_id);

-- ShedLock's table (JDBC provider): one scheduler run at a time across instances.
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  datetime(3)   not null,
    locked_at   datetime(3)   not null,
    locked_by   varchar(255)  not null
) engine = InnoDB default charset = utf8mb4;
