//! Events: every change to a ticket, in order. They feed its history, the "updated" marker and
//! the live stream.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::rows::stamp;
use crate::server::error::Result;
use crate::server::store::Actor;

/// Records a change to a ticket: bumps its version and appends the event that feeds its
/// history and the live stream.
pub(super) fn append_event(
    conn: &Connection,
    ticket_id: i64,
    kind: &str,
    actor: &Actor,
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
    .execute(params![ticket_id, version, kind, actor.id, data.to_string(), at])?;
    Ok(())
}
