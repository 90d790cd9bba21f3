-- The default list is the open tickets, newest first: these partial indexes let it read just
-- a page in key order instead of sorting every open ticket. Their conditions are written
-- exactly as the list query writes them (`OPEN` and `CLOSED` in mod.rs), or SQLite ignores them.
CREATE INDEX tickets_open ON tickets (id) WHERE status NOT IN ('resolved', 'closed');
-- Both are written NOT IN: with IN, SQLite prefers the status index and sorts.
CREATE INDEX tickets_closed ON tickets (id)
    WHERE status NOT IN ('new', 'feedback', 'confirmed', 'assigned', 'escalated');
