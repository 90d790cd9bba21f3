-- Organisation admins, who see and work every ticket of their organisation; and events the
-- service makes itself (a secret purged when its time is up), which no user is behind.
-- SQLite changes a column's constraints only by rebuilding its table: `migrate` runs this
-- with foreign keys off and checks them before it commits.

CREATE TABLE users_new (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('requester', 'org-admin', 'agent', 'admin')),
    organisation_id INTEGER REFERENCES organisations (id),
    created_at      TEXT NOT NULL
);
INSERT INTO users_new (id, name, email, role, organisation_id, created_at)
    SELECT id, name, email, role, organisation_id, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

-- A NULL actor is the service itself.
CREATE TABLE events_new (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    ticket_seq INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    actor_id   INTEGER REFERENCES users (id),
    data       TEXT NOT NULL,
    at         TEXT NOT NULL,
    UNIQUE (ticket_id, ticket_seq)
);
INSERT INTO events_new (seq, ticket_id, ticket_seq, kind, actor_id, data, at)
    SELECT seq, ticket_id, ticket_seq, kind, actor_id, data, at FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
