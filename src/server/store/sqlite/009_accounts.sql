-- Accounts: a password to sign in with (`tik auth login`), and tokens that say what they may
-- do, when they were last used, and by a name their user knows them by.

-- A PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`); NULL: no password is set, and the
-- user signs in only with a token an operator made.
ALTER TABLE users ADD COLUMN password_hash TEXT;

-- Scopes become a space-separated list of `read write admin` with no default: whoever makes a
-- token says what it may do. The old `all` meant all the role allows, which is what each
-- token keeps. SQLite drops a default only by rebuilding the table: `migrate` runs this with
-- foreign keys off and checks them before it commits. `last_used_at` is to the minute.
CREATE TABLE tokens_new (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    name         TEXT NOT NULL,
    hash         BLOB NOT NULL UNIQUE,
    scopes       TEXT NOT NULL CHECK (scopes <> ''),
    created_at   TEXT NOT NULL,
    expires_at   TEXT,
    revoked_at   TEXT,
    last_used_at TEXT
);
INSERT INTO tokens_new (id, user_id, name, hash, scopes, created_at, expires_at, revoked_at)
    SELECT t.id, t.user_id, t.name, t.hash,
           CASE WHEN u.role = 'admin' THEN 'read write admin' ELSE 'read write' END,
           t.created_at, t.expires_at, t.revoked_at
    FROM tokens t JOIN users u ON u.id = t.user_id;
DROP TABLE tokens;
ALTER TABLE tokens_new RENAME TO tokens;

-- A token is known by its name, so a user's tokens that are not revoked have different names:
-- of each set that shares one, the oldest keeps it and the others take their id as a suffix.
UPDATE tokens SET name = name || '-' || id
WHERE revoked_at IS NULL
  AND EXISTS (
      SELECT 1 FROM tokens older
      WHERE older.user_id = tokens.user_id AND older.name = tokens.name
        AND older.revoked_at IS NULL AND older.id < tokens.id
  );
CREATE UNIQUE INDEX tokens_live_name ON tokens (user_id, name) WHERE revoked_at IS NULL;
