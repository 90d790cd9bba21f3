-- The rest of the desk: where a ticket in feedback came from, the requester's consent to
-- support access, the satisfaction rating, what each user last saw of each ticket, watchers,
-- and links between related tickets.

ALTER TABLE tickets ADD COLUMN status_before_feedback TEXT;
ALTER TABLE tickets ADD COLUMN support_access INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE tickets ADD COLUMN rating_remark TEXT;
ALTER TABLE tickets ADD COLUMN rated_by INTEGER REFERENCES users (id);
ALTER TABLE tickets ADD COLUMN rated_at TEXT;
-- The version and time of the last change the requester's side may see (an internal note is
-- not one): what "updated" means to them.
ALTER TABLE tickets ADD COLUMN public_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN public_updated_at TEXT NOT NULL DEFAULT '';
UPDATE tickets SET public_version = version, public_updated_at = updated_at;

-- The version of the ticket a user last saw (showed, or changed themselves): a newer version
-- is activity they have not seen.
CREATE TABLE ticket_views (
    user_id      INTEGER NOT NULL REFERENCES users (id),
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    seen_version INTEGER NOT NULL,
    PRIMARY KEY (user_id, ticket_id)
) WITHOUT ROWID;

CREATE TABLE watchers (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    user_id   INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (ticket_id, user_id)
) WITHOUT ROWID;
CREATE INDEX watchers_by_user ON watchers (user_id, ticket_id);

-- Related tickets, one row each way.
CREATE TABLE ticket_links (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    other_id  INTEGER NOT NULL REFERENCES tickets (id),
    PRIMARY KEY (ticket_id, other_id)
) WITHOUT ROWID;

-- An escalation under way, found from its ticket.
CREATE INDEX escalations_active ON escalations (ticket_id) WHERE stage != 'resolved';
