-- A guide who leaves a newcomer without an answer is reminded once before the chat moves on.
alter table handoff add column guide_nudged_at timestamptz;
create index handoff_connected on handoff (state) where state = 'CONNECTED';
