-- The web chat's transcript: what the newcomer's browser shows, so a reload or a second tab sees
-- the conversation. The chat key is a hash of the browser's cookie, never the cookie itself.
create table webchat_message (
    id         bigserial primary key,
    chat_key   varchar(120) not null,
    author     varchar(16)  not null,
    client_id  varchar(64),
    lang       varchar(8),
    html       text         not null,
    buttons    text         not null default '[]',
    created_at timestamptz  not null default now()
);
create index webchat_message_chat on webchat_message (chat_key, id);
create index webchat_message_created on webchat_message (created_at);
