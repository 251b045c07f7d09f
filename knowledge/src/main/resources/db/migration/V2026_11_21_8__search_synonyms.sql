-- Synonym groups editors add in the console, per language, on top of the shipped ones
-- (resources/search/synonyms/<lang>.txt). The index is rebuilt with them on every change.
create table search_synonym (
    id          bigserial primary key,
    lang        varchar(8)    not null,
    terms       text          not null, -- comma-separated group of equivalent words or phrases
    created_at  timestamptz   not null default now(),
    created_by  varchar(120)  not null
);
create index search_synonym_lang on search_synonym (lang);
