-- Volunteer Welcome Guides: their Telegram account stays private to the bot.
create table guide (
    id                 bigserial primary key,
    display_name       varchar(80)  not null,
    telegram_user_id   bigint unique,
    languages          text[]       not null default '{}',
    cities             text[]       not null default '{}',
    topics             text[]       not null default '{}',
    max_open_chats     integer      not null default 2,
    paused             boolean      not null default false,
    active             boolean      not null default true,
    last_assigned_at   timestamptz,
    created_at         timestamptz  not null default now(),
    version            integer      not null default 0
);

create table guide_availability (
    guide_id    bigint   not null references guide (id) on delete cascade,
    day_of_week smallint not null,
    start_time  time     not null,
    end_time    time     not null,
    primary key (guide_id, day_of_week, start_time)
);

create table guide_invite (
    id          bigserial primary key,
    token_hash  varchar(64)  not null unique,
    created_by  varchar(80)  not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    guide_id    bigint references guide (id)
);

create table handoff (
    id              bigserial primary key,
    conversation_id bigint       not null references conversation (id) on delete cascade,
    state           varchar(24)  not null,
    lang            varchar(8)   not null,
    city            varchar(40),
    topic           varchar(40),
    note            varchar(1000),
    guide_id        bigint references guide (id),
    requested_at    timestamptz  not null default now(),
    accepted_at     timestamptz,
    closed_at       timestamptz,
    rating          smallint,
    rating_comment  varchar(1000),
    version         integer      not null default 0
);
create index handoff_open on handoff (state, requested_at);
