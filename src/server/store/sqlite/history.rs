//! Events: every change to a ticket, in order. They feed its history, the "updated" marker and
//! the live stream.
//!
//! An event is a `kind` (`created`, `commented`, `status-changed`, …), who made it (no one for
//! the service's own changes), and `data`, a JSON object: `changes`, a list of
//! `{"field", "from", "to"}` for fields that changed, and whatever else the kind tells (the
//! comment's id). An event of something only staff may see (an internal note) says
//! `"internal": true`. No secret is ever written into an event.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::rows::stamp;
use crate::server::error::Result;
use crate::server::store::Actor;

/// Records a change `actor` made to a ticket: bumps its version and appends the event.
pub(super) fn append_event(
    conn: &Connection,
    ticket_id: i64,
    kind: &str,
    actor: &Actor,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    insert(conn, ticket_id, kind, Some(actor.id), data, at)
}

/// Records a change no user made: the service's own (a secret purged when its time was up).
#[allow(dead_code)] // The secret's purge is its first user.
pub(super) fn append_service_event(
    conn: &Connection,
    ticket_id: i64,
    kind: &str,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    insert(conn, ticket_id, kind, None, data, at)
}

fn insert(
    conn: &Connection,
    ticket_id: i64,
    kind: &str,
    actor_id: Option<i64>,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    let at = stamp(at);
    let version: i64 = conn
        .prepare_cached("UPDATE tickets SET version = version + 1, updated_at = ?2 WHERE id = ?1 RETURNING version")?
        .query_row(params![ticket_id, at], |r| r.get(0))?;
    conn.prepare_cached(
        "INSERT INTO events (ticket_id, ticket_seq, kind, actor_id, data, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![ticket_id, version, kind, actor_id, data.to_string(), at])?;
    Ok(())
}
