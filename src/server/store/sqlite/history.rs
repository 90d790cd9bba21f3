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

use super::rows::{stamp, time};
use crate::api::HistoryEntry;
use crate::server::error::Result;
use crate::server::store::Actor;
pub(super) use crate::server::store::shared::history::{change, changes};

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
    let internal = data["internal"] == serde_json::Value::Bool(true);
    // The event is the change's last write: the ticket's status is the one it leaves.
    let (version, status, resolution): (i64, String, String) = conn
        .prepare_cached(
            "UPDATE tickets SET version = version + 1, updated_at = ?2,
                public_version = CASE WHEN ?3 THEN public_version ELSE version + 1 END,
                public_updated_at = CASE WHEN ?3 THEN public_updated_at ELSE ?2 END
             WHERE id = ?1 RETURNING version, status, resolution",
        )?
        .query_row(params![ticket_id, at, internal], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    conn.prepare_cached(
        "INSERT INTO events (ticket_id, ticket_seq, kind, actor_id, data, at, status, resolution)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        ticket_id,
        version,
        kind,
        actor_id,
        data.to_string(),
        at,
        status,
        resolution
    ])?;
    // Whoever makes a change has seen it.
    if let Some(user) = actor_id {
        mark_seen(conn, user, ticket_id, version.cast_unsigned())?;
    }
    Ok(())
}

/// Records that `user` has seen the ticket up to `version`.
pub(super) fn mark_seen(conn: &Connection, user: i64, ticket_id: i64, version: u64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO ticket_views (user_id, ticket_id, seen_version) VALUES (?1, ?2, ?3)
         ON CONFLICT (user_id, ticket_id) DO UPDATE SET seen_version = max(seen_version, excluded.seen_version)",
    )?
    .execute(params![user, ticket_id, version.cast_signed()])?;
    Ok(())
}

/// A ticket's history, oldest first; internal notes only when `internal`
/// (`rules::sees_internal`).
pub(super) fn history(
    conn: &Connection,
    ticket_id: i64,
    internal: bool,
) -> Result<Vec<HistoryEntry>> {
    let mut statement = conn.prepare_cached(
        "SELECT e.seq, e.at, u.name, e.kind, e.data FROM events e
         LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.ticket_id = ?1 AND (?2 OR json_extract(e.data, '$.internal') IS NOT 1)
         ORDER BY e.seq",
    )?;
    let entries = statement.query_map(params![ticket_id, internal], |r| {
        let data: String = r.get(4)?;
        let data: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
        Ok(HistoryEntry {
            seq: r.get::<_, i64>(0)?.cast_unsigned(),
            at: time(r, 1)?,
            actor: r.get(2)?,
            kind: r.get(3)?,
            changes: serde_json::from_value(data["changes"].clone()).unwrap_or_default(),
            comment: data["comment"].as_u64(),
        })
    })?;
    Ok(entries.collect::<rusqlite::Result<_>>()?)
}
