-- Every platform message the bot acknowledged, stored before the 200 so nothing acknowledged is lost: it is
-- processed when a worker is free, resumed after a crash or restart, and its reply is retried until it goes out
-- or the retry time is over. The unique key is the de-duplication claim for all instances. A row moves
-- PENDING -> PROCESSING (a short lease) -> REPLYING (reply kept, encrypted, until sent) -> DONE or FAILED; DONE
-- and FAILED rows are kept as long as platforms may re-deliver (bot.channels.dedup-ttl). The envelope (the
-- message and how to answer it) and the reply hold note text: both are encrypted with the bot's key.
-- lease_until is epoch milliseconds, so instances in different time zones agree on when a lease lapsed; for DONE and
-- FAILED rows it is when they finished.
create table inbound_message (
    id           bigint        not null auto_increment primary key,
    channel      varchar(16)   not null,
    message_id   varchar(128)  not null,
    envelope     mediumtext    not null,
    status       varchar(16)   not null,
    lease_until  bigint        not null,
    reply        mediumtext,
    attempts     int           not null,
    send_attempts int          not null,
    last_error   varchar(500),
    created_at   datetime(3)   not null,
    updated_at   datetime(3)   not null,
    constraint uq_inbound_message unique (channel, message_id)
) engine = InnoDB default charset = utf8mb4;
create index ix_inbound_message_due on inbound_message (status, lease_until);
