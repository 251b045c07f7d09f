-- A guide with several chats answers the one they chose last (or accepted last).
alter table guide add column active_handoff_id bigint references handoff (id) on delete set null;
-- Who ended a chat, for the coordinators' figures.
alter table handoff add column closed_by varchar(16);
-- The language the guide's Telegram app uses, for messages the bot sends them unprompted.
alter table guide add column ui_lang varchar(8);
