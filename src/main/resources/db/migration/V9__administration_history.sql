-- Administrative changes (issue 12): who changed which order, directive, measure, sector, organisation,
-- period or person, when (the application's clock), what it was before and what it is after (JSON).
create table administration_change (
    id           bigint        not null auto_increment primary key,
    occurred_at  datetime(6)   not null,
    actor        varchar(100)  not null,
    subject_type varchar(40)   not null,
    subject_key  varchar(100)  not null,
    action       varchar(40)   not null,
    before_state longtext,
    after_state  longtext,
    index administration_change_occurred (occurred_at),
    index administration_change_subject (subject_type, subject_key, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
