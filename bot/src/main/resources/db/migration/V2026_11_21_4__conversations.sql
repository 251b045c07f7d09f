-- Conversations with newcomers on one channel; the external chat id never leaves the bot module.
create table conversation (
    id               bigserial primary key,
    channel          varchar(16)  not null,
    external_id      varchar(120) not null,
    pseudonym        integer      not null,
    state            varchar(24)  not null,
    lang             varchar(8),
    lang_explicit    boolean      not null default false,
    city             varchar(40),
    unreachable      boolean      not null default false,
    created_at       timestamptz  not null default now(),
    last_activity_at timestamptz  not null default now(),
    version          integer      not null default 0,
    unique (channel, external_id)
);
create sequence conversation_pseudonym_seq start 100;

create table conversation_message (
    id              bigserial primary key,
    conversation_id bigint       not null references conversation (id) on delete cascade,
    direction       varchar(8)   not null,
    author          varchar(16)  not null,
    kind            varchar(16)  not null,
    text            varchar(10000),
    created_at      timestamptz  not null default now()
);
create index conversation_message_conversation on conversation_message (conversation_id, id);

-- Inbound updates are stored before they are processed: idempotent by (channel, update id).
create table inbound_update (
    id           bigserial primary key,
    channel      varchar(16) not null,
    update_id    bigint      not null,
    payload      text        not null,
    received_at  timestamptz not null default now(),
    processed_at timestamptz,
    attempts     integer     not null default 0,
    unique (channel, update_id)
);
create index inbound_update_pending on inbound_update (received_at) where processed_at is null;

-- Outbound messages wait here until the channel confirms them, in order per chat.
create table outbox_message (
    id              bigserial primary key,
    channel         varchar(16)  not null,
    chat_id         varchar(120) not null,
    method          varchar(32)  not null,
    payload         text         not null,
    state           varchar(16)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    last_error      varchar(500)
);
create index outbox_message_due on outbox_message (next_attempt_at, id) where state = 'PENDING';
create index outbox_message_chat on outbox_message (chat_id, id) where state = 'PENDING';
