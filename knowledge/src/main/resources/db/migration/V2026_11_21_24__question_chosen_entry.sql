-- Which of the offered entries the asker tapped after "Do you mean ...?": the FAQ had the answer,
-- the question's wording missed it; editors add that wording to the entry.
alter table question_log add column chosen_entry_key text;
