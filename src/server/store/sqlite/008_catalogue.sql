-- The catalogue becomes the desk's to set (`tik admin catalog import`): ticket types gain the
-- desk's labels and descriptions, categories a description, and one row holds the
-- catalogue's version and the attachment limits it sets. An import bumps the version; the
-- service compares it on each use and rereads the catalogue when it moved, so an import made
-- by another process is seen without a restart.

CREATE TABLE ticket_types (
    name        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    description TEXT NOT NULL,
    position    INTEGER NOT NULL
) WITHOUT ROWID;

ALTER TABLE categories ADD COLUMN description TEXT NOT NULL DEFAULT '';

-- Version 0 is the catalogue migrations left: the store replaces it with the default
-- catalogue file on opening. A NULL limit is one the catalogue leaves to `tik serve`.
CREATE TABLE catalogue (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    version               INTEGER NOT NULL,
    max_file_bytes        INTEGER,
    max_files_per_message INTEGER,
    -- A JSON array of media types.
    allowed_media_types   TEXT
);
INSERT INTO catalogue (id, version) VALUES (1, 0);
