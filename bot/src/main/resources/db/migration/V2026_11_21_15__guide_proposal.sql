-- A guide writing an FAQ proposal: which part comes next, and the question while the answer is written.
alter table guide add column proposal_step varchar(16) not null default 'NONE';
alter table guide add column proposal_question varchar(1000);
alter table guide add column proposal_lang varchar(8);
