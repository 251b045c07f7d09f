-- Every asked question, pseudonymous: the asker is a keyed hash, never a chat id or a name.
create table question_log (
    id                bigserial primary key,
    asked_at          timestamptz  not null default now(),
    asker             varchar(64)  not null,
    channel           varchar(16)  not null,
    question          varchar(4096) not null,
    detected_lang     varchar(8),
    lang_confidence   real,
    answer_lang       varchar(8),
    city              varchar(40),
    decision          varchar(16)  not null,
    confidence        real         not null,
    top_entry_keys    text[]       not null default '{}',
    top_scores        real[]       not null default '{}',
    feedback          varchar(16),
    feedback_comment  varchar(1000),
    feedback_at       timestamptz,
    handed_to_guide   boolean      not null default false
);
create index question_log_asked_at on question_log (asked_at);
create index question_log_asker on question_log (asker);
create index question_log_decision on question_log (decision, asked_at);
