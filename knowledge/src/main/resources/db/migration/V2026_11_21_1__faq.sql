-- FAQ entries: one row per entry, texts per language, links per text.
create table faq_entry (
    id            bigserial primary key,
    entry_key     varchar(80)  not null unique,
    city          varchar(40),
    variant_of    varchar(80),
    status        varchar(16)  not null,
    topics        text[]       not null default '{}',
    audiences     text[]       not null default '{}',
    last_reviewed date         not null,
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint faq_entry_variant_needs_city check (variant_of is null or city is not null)
);
create index faq_entry_city on faq_entry (city);

create table faq_text (
    id         bigserial primary key,
    entry_id   bigint       not null references faq_entry (id) on delete cascade,
    lang       varchar(8)   not null,
    question   varchar(300) not null,
    alternates text[]       not null default '{}',
    answer     text         not null,
    updated_at timestamptz  not null default now(),
    unique (entry_id, lang)
);

create table faq_link (
    text_id  bigint        not null references faq_text (id) on delete cascade,
    position integer       not null,
    title    varchar(200)  not null,
    url      varchar(2000) not null,
    primary key (text_id, position)
);
