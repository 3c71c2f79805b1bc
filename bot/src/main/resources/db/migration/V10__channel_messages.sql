-- Every message the bot sent to WeCom or DingTalk, one row per part, with how it went: for support ("did the
-- reply go out?") and to see throttling. Recipients are platform ids or a masked robot key, never a secret.
create table channel_send (
    id           bigint        not null auto_increment primary key,
    channel      varchar(16)   not null,
    recipient    varchar(160)  not null,
    message_key  varchar(160)  not null,
    part_no      int           not null,
    part_count   int           not null,
    status       varchar(16)   not null,
    error        varchar(500),
    attempts     int           not null,
    created_at   datetime(3)   not null
) engine = InnoDB default charset = utf8mb4;
create index ix_channel_send_created on channel_send (created_at);
create index ix_channel_send_recipient on channel_send (channel, recipient, created_at);
