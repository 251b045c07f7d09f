-- Every change of an FAQ entry leaves a version: the entry after the change (for a deletion: before
-- it) as a JSON object of the exchange format. Keyed by entry key, so a deleted entry keeps its history.
create table faq_entry_version (
    id        bigserial primary key,
    entry_key varchar(80)  not null,
    revision  integer      not null,
    action    varchar(20)  not null,
    actor     varchar(80)  not null,
    at        timestamptz  not null default now(),
    snapshot  text         not null,
    unique (entry_key, revision)
);

-- Changes a city editor proposes to a regional entry, until an unrestricted editor decides.
create table faq_change_request (
    id           bigserial primary key,
    entry_key    varchar(80)  not null,
    base_version integer      not null,
    proposal     text         not null,
    note         varchar(1000),
    proposed_by  varchar(80)  not null,
    proposed_at  timestamptz  not null default now(),
    state        varchar(16)  not null,
    decided_by   varchar(80),
    decided_at   timestamptz
);
create index faq_change_request_pending on faq_change_request (state, entry_key);
