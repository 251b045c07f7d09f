-- A lease only moves next_attempt_at. With that column in no index, PostgreSQL can keep the updated
-- row on its page without touching any index (a HOT update); the load benchmark showed the lease
-- as the costliest statement. The occasional search for due messages walks the small pending index
-- (outbox_message_pending) and checks the time there. Free space on each page makes room for it.
drop index outbox_message_due;
alter table outbox_message set (fillfactor = 80);
