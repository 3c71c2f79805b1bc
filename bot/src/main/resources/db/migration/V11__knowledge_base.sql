-- The knowledge base: uploaded and built-in playbook documents, their passages with embeddings (so a restart needs
-- no re-embedding), and a revision every write bumps, by which other instances notice a change.
create table kb_document (
    id               bigint        not null auto_increment primary key,
    title            varchar(200)  not null,
    file_name        varchar(255)  not null,
    checksum         char(64)      not null,
    uploaded_by      varchar(64)   not null,
    uploaded_at      datetime(3)   not null,
    characters       int           not null,
    chunk_count      int           not null,
    built_in         boolean       not null,
    embedding_model  varchar(64)   not null,
    constraint uq_kb_document_checksum unique (checksum),
    constraint uq_kb_document_title unique (title)
) engine = InnoDB default charset = utf8mb4;

create table kb_chunk (
    id           bigint        not null auto_increment primary key,
    document_id  bigint        not null,
    position     int           not null,
    section      varchar(300)  not null,
    body         text          not null,
    -- float32 little-endian, 512 of them for bge-small-zh
    embedding    blob          not null,
    constraint fk_kb_chunk_document foreign key (document_id) references kb_document (id) on delete cascade
) engine = InnoDB default charset = utf8mb4;
create index ix_kb_chunk_document on kb_chunk (document_id, position);

create table kb_state (
    id        int     not null primary key,
    revision  bigint  not null
) engine = InnoDB default charset = utf8mb4;
insert into kb_state (id, revision) values (1, 0);
