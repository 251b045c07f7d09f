-- Coordinators deactivate a guide for a while (no offers) without the guide leaving: the account
-- link stays, so reactivating needs no new invitation.
alter table guide add column deactivated_at timestamptz;

-- When the request was started (consent asked), so a transcript's time span is known; requested_at
-- moves to the moment the request is complete.
alter table handoff add column created_at timestamptz not null default now();
update handoff set created_at = requested_at;
-- A closed chat's stored words (note, rating comment, web chat lines) are deleted after the
-- transcript retention period; the row stays for the figures until the conversation goes.
alter table handoff add column transcript_deleted_at timestamptz;
create index handoff_transcript_due on handoff (closed_at) where state = 'CLOSED' and transcript_deleted_at is null;

-- Anonymous figures of every complete request: no conversation, no guide, no text. Kept when the
-- conversation is forgotten or expires, so the monthly figures do not shrink afterwards.
create table handoff_figure (
    handoff_id   bigint primary key,
    requested_at timestamptz not null,
    lang         varchar(8)  not null,
    city         varchar(40),
    topic        varchar(40),
    accepted_at  timestamptz,
    closed_at    timestamptz,
    closed_by    varchar(16),
    rating       smallint
);
create index handoff_figure_requested on handoff_figure (requested_at);
-- requests that ever waited for a guide (withdrawn at consent or note never did; a request that
-- waited was offered at least once, or is still open)
insert into handoff_figure (handoff_id, requested_at, lang, city, topic, accepted_at, closed_at, closed_by, rating)
select id, requested_at, lang, city, topic, accepted_at, closed_at, closed_by, rating from handoff
where state in ('WAITING', 'CONNECTED') or (state = 'CLOSED' and (last_offer_at is not null or guide_id is not null));

-- Professional services guides refer newcomers to, maintained by editors.
create table referral_service (
    id         bigserial primary key,
    name       varchar(120) not null,
    areas      text[]       not null,
    city       varchar(40),
    phone      varchar(40),
    url        varchar(300),
    languages  text[]       not null default '{}',
    updated_at timestamptz  not null default now(),
    version    integer      not null default 0,
    check (cardinality(areas) > 0),
    check (phone is not null or url is not null)
);

-- Which reminders a guide got in a chat: each area once per chat and guide.
create table referral_reminder (
    handoff_id bigint      not null references handoff (id) on delete cascade,
    guide_id   bigint      not null references guide (id) on delete cascade,
    area       varchar(16) not null,
    sent_at    timestamptz not null default now(),
    primary key (handoff_id, guide_id, area)
);
