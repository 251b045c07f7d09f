-- Stale translations: each text remembers when the entry's source text (German, else its first
-- language) had last changed at the time the text was last edited. Existing texts count as current.
alter table faq_text add column source_changed_at timestamptz;
update faq_text t set source_changed_at = (select max(o.updated_at) from faq_text o where o.entry_id = t.entry_id);
alter table faq_text alter column source_changed_at set not null;
