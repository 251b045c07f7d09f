-- The pseudonym under which a conversation's questions are logged: random, so the log alone
-- never leads back to a chat; deleted together with the conversation on /forget.
alter table conversation add column asker_ref varchar(40);
update conversation set asker_ref = md5(random()::text || id::text) where asker_ref is null;
alter table conversation alter column asker_ref set not null;
alter table conversation add column last_question_id bigint;
