-- Matching newcomers with Welcome Guides: where a guide is in setting up their profile, which
-- languages the newcomer also speaks, offers made to guides, and what was relayed.
alter table guide add column setup_step varchar(24) not null default 'NAME';
create index guide_languages on guide using gin (languages) where active and not paused;

update handoff set state = 'WAITING' where state = 'REQUESTED';
alter table handoff add column also_speaks text[] not null default '{}';
alter table handoff add column last_offer_at timestamptz;
alter table handoff add column guide_active_at timestamptz;
alter table handoff add column newcomer_active_at timestamptz;
create index handoff_guide_connected on handoff (guide_id) where state = 'CONNECTED';
create index handoff_waiting on handoff (requested_at) where state = 'WAITING';

create table handoff_offer (
    id          bigserial primary key,
    handoff_id  bigint      not null references handoff (id) on delete cascade,
    guide_id    bigint      not null references guide (id) on delete cascade,
    offered_at  timestamptz not null default now(),
    outcome     varchar(16) not null default 'OPEN',
    unique (handoff_id, guide_id)
);
create index handoff_offer_guide on handoff_offer (guide_id) where outcome = 'OPEN';
