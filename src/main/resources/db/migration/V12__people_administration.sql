-- People administration (issue 12, item 5). A person of the directory can be deactivated: they can no
-- longer sign in, and what they did stays attributed to them.
alter table app_user add column active boolean not null default true;

-- Local accounts (embedded default, no Keycloak): the people an administrator invited, with a password
-- hash of Spring Security's delegating encoder ({bcrypt}...). The invitation's initial password must be
-- replaced at first sign-in, before it expires; the demo users of realm-config/ are not stored here.
create table local_account (
    username                 varchar(100) not null primary key,
    password_hash            varchar(500) not null,
    password_change_required boolean      not null,
    initial_password_expires datetime(6),
    password_changed_at      datetime(6),
    constraint fk_local_account_user foreign key (username) references app_user (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
