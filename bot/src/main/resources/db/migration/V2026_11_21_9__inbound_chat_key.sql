-- Updates of one chat are handled one after the other, different chats in parallel: a worker only
-- claims the oldest pending update of a chat. Rows stored before this migration carry no chat, so
-- they share one key and keep the strict arrival order they were stored under.
alter table inbound_update add column chat_key varchar(140);
update inbound_update set chat_key = 'before-chat-key' where chat_key is null;
alter table inbound_update alter column chat_key set not null;

-- "has this chat an earlier unprocessed update?" is one index probe
create index inbound_update_chat_pending on inbound_update (chat_key, id) where processed_at is null;
-- the claim walks pending updates in arrival (id) order; received_at was never used for that
drop index inbound_update_pending;
create index inbound_update_pending on inbound_update (id) where processed_at is null;

-- Found by the load benchmark (same migration because the neighbouring numbers are taken): the
-- outbox walks its pending messages in id order, which without this index passes every sent one,
-- and a newcomer's open handoff is looked up by conversation, which was a scan of all handoffs.
create index outbox_message_pending on outbox_message (id) where state = 'PENDING';
create index handoff_conversation on handoff (conversation_id);
