-- Shared secrets (a password a customer gives support): one a ticket at most, sealed by the
-- service before it gets here (XChaCha20-Poly1305, bound to the ticket's id, under a key kept
-- outside the database), so this table never holds the plain text. Purged when they expire.
-- IF NOT EXISTS: a database whose version is set back (a test does so) runs it again.
CREATE TABLE IF NOT EXISTS secrets (
    ticket_id  INTEGER PRIMARY KEY REFERENCES tickets (id),
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    given_by   INTEGER NOT NULL REFERENCES users (id),
    given_at   TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS secrets_by_expiry ON secrets (expires_at);
