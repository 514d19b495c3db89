-- Sign-in events (issue 16): successes, failures, refusals while locked out, lockouts and sign-outs,
-- with the name tried, the address and the moment (the application's clock). Read by administrators.
create table sign_in_event (
    id          bigint       not null auto_increment primary key,
    occurred_at datetime(6)  not null,
    kind        varchar(20)  not null,
    username    varchar(100),
    address     varchar(64)  not null,
    index sign_in_event_occurred (occurred_at),
    index sign_in_event_username (username, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
