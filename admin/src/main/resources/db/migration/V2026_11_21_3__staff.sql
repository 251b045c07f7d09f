-- Staff of the console: editors, coordinators, admins. Passwords only as strong hashes.
create table staff_user (
    id              bigserial primary key,
    username        varchar(80)  not null unique,
    display_name    varchar(120) not null,
    password_hash   varchar(200) not null,
    role            varchar(16)  not null,
    city            varchar(40),
    enabled         boolean      not null default true,
    failed_logins   integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now()
);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    actor       varchar(80)  not null,
    action      varchar(40)  not null,
    subject     varchar(200) not null,
    before_json text,
    after_json  text
);
create index audit_log_at on audit_log (at);
