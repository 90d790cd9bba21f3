-- Dedupe keys: a failure reported again while its ticket is open is an occurrence on that
-- ticket, not a new ticket (`tik new --dedupe-key`).

-- The key as the reporter gave it, and whose tickets share it (`rules::dedupe_scope`):
-- `organisation:ID` or `requester:ID`. Both NULL: a ticket without a key, or one that gave
-- its key up (reopened while another open ticket held it).
ALTER TABLE tickets ADD COLUMN dedupe_key TEXT;
ALTER TABLE tickets ADD COLUMN dedupe_scope TEXT;
-- Reports of the failure, the ticket's opening included, and the time of the last one.
ALTER TABLE tickets ADD COLUMN occurrences INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tickets ADD COLUMN last_seen_at TEXT;

-- One open ticket a key in each scope, held by the database, so two reports at once cannot
-- both open a ticket: the insert names this index in its ON CONFLICT, and a report that meets
-- it is recorded on the ticket holding the key. The insert's conflict target repeats the
-- condition word for word (`HOLDS_KEY` in dedupe.rs), or SQLite would not match the index.
CREATE UNIQUE INDEX tickets_open_dedupe_key ON tickets (dedupe_scope, dedupe_key)
    WHERE dedupe_key IS NOT NULL AND status NOT IN ('resolved', 'closed');
-- `tik list --dedupe-key`, in key order, open or not.
CREATE INDEX tickets_by_dedupe_key ON tickets (dedupe_key, id) WHERE dedupe_key IS NOT NULL;

-- The occurrence a comment records (2 and up), or NULL for a comment of any other kind.
ALTER TABLE comments ADD COLUMN occurrence INTEGER;
