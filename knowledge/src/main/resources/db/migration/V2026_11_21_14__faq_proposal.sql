-- Questions and answers proposed for the FAQ (by Welcome Guides after a chat), waiting in the
-- editors' gaps inbox. Written by the guide, about no one in particular: no newcomer data here.
create table faq_proposal (
    id          bigserial primary key,
    lang        varchar(8)    not null,
    question    varchar(1000) not null,
    answer      varchar(4000) not null,
    source      varchar(40)   not null,
    city        varchar(40),
    topic       varchar(40),
    status      varchar(16)   not null default 'OPEN',
    created_at  timestamptz   not null default now()
);
create index faq_proposal_open on faq_proposal (created_at) where status = 'OPEN';
