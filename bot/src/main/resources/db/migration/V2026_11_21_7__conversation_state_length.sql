-- AWAITING_FEEDBACK_COMMENT needs 25 characters; states get room to grow.
alter table conversation alter column state type varchar(40);
alter table handoff alter column state type varchar(40);
