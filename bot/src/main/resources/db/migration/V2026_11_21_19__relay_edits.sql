-- Edits are mirrored and offers are updated: what we send may be changed later, which needs the
-- channel's id of each message we sent.

-- The outbox keeps the channel's id of a delivered message that asked for it; a change (an edit)
-- of a message not yet delivered names that outbox message and gets its id when it is sent.
alter table outbox_message add column receipt boolean not null default false;
alter table outbox_message add column channel_message_id bigint;
alter table outbox_message add column about_outbox_id bigint;

-- Each copy of a relayed message, newcomer to guide and guide to newcomer, while the chat is connected.
-- Deleted when the chat closes or goes to another guide (and with the handoff on /forget).
create table relay_copy (
    id                bigserial primary key,
    handoff_id        bigint       not null references handoff (id) on delete cascade,
    source_channel    varchar(16)  not null,
    source_chat       varchar(120) not null,
    source_message_id bigint       not null,
    target_channel    varchar(16)  not null,
    target_chat       varchar(120) not null,
    kind              varchar(8)   not null,
    target_message_id bigint,
    outbox_message_id bigint,
    created_at        timestamptz  not null default now()
);
create index relay_copy_source on relay_copy (source_chat, source_message_id);
create index relay_copy_handoff on relay_copy (handoff_id);
create index relay_copy_outbox on relay_copy (outbox_message_id) where target_message_id is null;

-- An offer's message, so that it can say "already taken" (or no longer open) once it is.
alter table handoff_offer add column outbox_message_id bigint;
alter table handoff_offer add column message_id bigint;
alter table handoff_offer add column message_settled boolean not null default false;
create index handoff_offer_outbox on handoff_offer (outbox_message_id) where message_id is null;

-- A web chat line a guide edited changes in place: lines are read by revision, which every new
-- or changed line takes from the id sequence, so browsers that have a line get its new version.
alter table webchat_message add column revision bigint;
update webchat_message set revision = id;
alter table webchat_message alter column revision set default nextval('webchat_message_id_seq');
alter table webchat_message alter column revision set not null;
create index webchat_message_revision on webchat_message (chat_key, revision);
