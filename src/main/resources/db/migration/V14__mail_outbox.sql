-- Mail (issue 15): the outbox, written in the same transaction as what caused each message and sent by a
-- worker with retries; each person's delivery preferences; ShedLock's table, so that a scheduled job runs
-- on one node of a cluster at a time.
create table mail_outbox (
    id                 bigint        not null auto_increment primary key,
    -- what the message is about and why (e.g. reminder:task:42:due-in-7d:2026-11-29): a job run twice, or
    -- on two nodes, queues it once
    idempotency_key    varchar(200)  not null,
    recipient_username varchar(100)  not null,
    recipient_address  varchar(320)  not null,
    kind               varchar(20)   not null,
    subject            varchar(300)  not null,
    body               text          not null,
    link               varchar(1000) not null,
    -- a file sent with the message (the digest's dashboard PDF, on request), kept with it until sent
    attachment_name    varchar(100),
    attachment         longblob,
    status             varchar(20)   not null,
    attempts           int           not null default 0,
    created_at         datetime(6)   not null,
    next_attempt_at    datetime(6)   not null,
    sent_at            datetime(6),
    last_error         varchar(1000),
    constraint mail_outbox_idempotency unique (idempotency_key),
    index mail_outbox_due (status, next_attempt_at),
    index mail_outbox_created (created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- per person and kind of message: IN_APP, EMAIL or OFF; the weekday of the digest. No row: the defaults.
create table mail_preference (
    username              varchar(100) not null primary key,
    reminder_channel      varchar(10)  not null,
    update_request_channel varchar(10) not null,
    digest_channel        varchar(10)  not null,
    digest_day            varchar(10)  not null,
    digest_pdf            boolean      not null default false,
    updated_at            datetime(6)  not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- ShedLock's JDBC provider (net.javacrumbs.shedlock): its documented table, its times written by the nodes (UTC)
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until datetime(3)  not null,
    locked_at  datetime(3)  not null,
    locked_by  varchar(255) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
