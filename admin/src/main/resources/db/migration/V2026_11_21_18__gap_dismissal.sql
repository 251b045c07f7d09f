-- Questions and proposals an editor took out of the gaps inbox: dismissed, or added to an entry as
-- an alternate phrasing. Similar questions asked later show up again as a new group. Rows go with
-- the question when the person's data is deleted.
create table gap_resolution (
    id           bigserial primary key,
    question_id  bigint references question_log (id) on delete cascade,
    proposal_id  bigint references faq_proposal (id) on delete cascade,
    outcome      varchar(16)  not null,
    resolved_by  varchar(80)  not null,
    resolved_at  timestamptz  not null default now(),
    constraint gap_resolution_one_item check ((question_id is null) <> (proposal_id is null))
);
create unique index gap_resolution_question on gap_resolution (question_id) where question_id is not null;
create unique index gap_resolution_proposal on gap_resolution (proposal_id) where proposal_id is not null;
