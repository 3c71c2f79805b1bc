-- Claims (message de-duplication) when Redis is unavailable: the primary key makes a second claim fail,
-- whichever instance tries.
create table kv_claim (
    claim_key   varchar(191)  not null primary key,
    claim_value varchar(255)  not null,
    expires_at  datetime(3)   not null
) engine = InnoDB default charset = utf8mb4;
create index ix_kv_claim_expires on kv_claim (expires_at);
