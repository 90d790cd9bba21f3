-- The first schema. Times are RFC 3339 UTC text with milliseconds, so they sort as text.

CREATE TABLE organisations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('requester', 'agent', 'admin')),
    organisation_id INTEGER REFERENCES organisations (id),
    created_at      TEXT NOT NULL
);

CREATE TABLE tokens (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    name       TEXT NOT NULL,
    hash       BLOB NOT NULL UNIQUE,
    scopes     TEXT NOT NULL DEFAULT 'all',
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
);

-- Key allocation: one row a sequence, bumped in the transaction that uses the number, so keys
-- have neither gaps nor duplicates.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE priorities (
    name     TEXT PRIMARY KEY,
    rank     INTEGER NOT NULL UNIQUE,
    label    TEXT NOT NULL,
    guidance TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE departments (
    name        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    description TEXT NOT NULL,
    position    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE services (
    name     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE categories (
    code     TEXT PRIMARY KEY,
    parent   TEXT REFERENCES categories (code),
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE tickets (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    type            TEXT NOT NULL,
    priority        TEXT NOT NULL,
    department      TEXT NOT NULL,
    service         TEXT,
    category        TEXT,
    project         TEXT,
    status          TEXT NOT NULL,
    resolution      TEXT NOT NULL,
    duplicate_of    TEXT,
    visibility      TEXT NOT NULL,
    channel         TEXT NOT NULL,
    requester_id    INTEGER NOT NULL REFERENCES users (id),
    organisation_id INTEGER REFERENCES organisations (id),
    assignee_id     INTEGER REFERENCES users (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    closed_at       TEXT,
    -- The ticket's last event sequence: its version and ETag.
    version         INTEGER NOT NULL
);
-- One index per list filter, each ending in id so a page is read in key order.
CREATE INDEX tickets_by_status ON tickets (status, id);
CREATE INDEX tickets_by_type ON tickets (type, id);
CREATE INDEX tickets_by_priority ON tickets (priority, id);
CREATE INDEX tickets_by_assignee ON tickets (assignee_id, id);
CREATE INDEX tickets_by_requester ON tickets (requester_id, id);
CREATE INDEX tickets_by_organisation ON tickets (organisation_id, id);

CREATE TABLE comments (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    author_id  INTEGER NOT NULL REFERENCES users (id),
    body       TEXT NOT NULL,
    internal   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX comments_by_ticket ON comments (ticket_id, id);

-- Files received and not yet attached; the bytes live in the blob directory under their hash.
CREATE TABLE uploads (
    id          TEXT PRIMARY KEY,
    uploader_id INTEGER NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    comment_id  INTEGER REFERENCES comments (id),
    uploader_id INTEGER NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX attachments_by_ticket ON attachments (ticket_id, id);

CREATE TABLE escalations (
    id                      INTEGER PRIMARY KEY,
    key                     TEXT NOT NULL UNIQUE,
    ticket_id               INTEGER NOT NULL REFERENCES tickets (id),
    reason                  TEXT NOT NULL,
    stage                   TEXT NOT NULL,
    requested_by            INTEGER NOT NULL REFERENCES users (id),
    estimated_resolution_at TEXT,
    created_at              TEXT NOT NULL
);
CREATE INDEX escalations_by_ticket ON escalations (ticket_id, id);

CREATE TABLE escalation_stages (
    escalation_id INTEGER NOT NULL REFERENCES escalations (id),
    stage         TEXT NOT NULL,
    at            TEXT NOT NULL,
    PRIMARY KEY (escalation_id, stage)
) WITHOUT ROWID;

-- Every change, in order: the ticket's history, the "updated" marker and the live stream.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    ticket_seq INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    actor_id   INTEGER NOT NULL REFERENCES users (id),
    data       TEXT NOT NULL,
    at         TEXT NOT NULL,
    UNIQUE (ticket_id, ticket_seq)
);

CREATE TABLE idempotency (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    key         TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    response    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;
