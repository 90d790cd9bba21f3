//! Events: every change to a ticket, in order, as the SQLite backend's `history` records them
//! (the same kinds and data). Here an event's `seq` comes from its transaction
//! (`next_event_seq` in the schema), so it grows in the order the feed delivers events, with
//! gaps.

use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::{execute, query, query_one};
use crate::api::HistoryEntry;
use crate::server::error::Result;
use crate::server::store::Actor;

pub(super) use crate::server::store::shared::history::{change, changes};

/// Records a change `actor` made to a ticket: bumps its version and appends the event.
pub(super) async fn append_event(
    tx: &Tx<'_>,
    ticket_id: i64,
    kind: &str,
    actor: &Actor,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    insert(tx, ticket_id, kind, Some(actor.id), data, at).await
}

/// Records a change no user made: the service's own (a secret purged when its time was up).
pub(super) async fn append_service_event(
    tx: &Tx<'_>,
    ticket_id: i64,
    kind: &str,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    insert(tx, ticket_id, kind, None, data, at).await
}

async fn insert(
    tx: &Tx<'_>,
    ticket_id: i64,
    kind: &str,
    actor_id: Option<i64>,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    let internal = data["internal"] == serde_json::Value::Bool(true);
    // One statement, one round trip: the event is the change's last write, so the ticket's
    // status is the one it leaves; whoever makes a change has seen it.
    query_one(
        tx,
        "WITH bumped AS (
             UPDATE tickets SET version = version + 1, updated_at = $2,
                 public_version = CASE WHEN $3 THEN public_version ELSE version + 1 END,
                 public_updated_at = CASE WHEN $3 THEN public_updated_at ELSE $2 END
             WHERE id = $1 RETURNING id, version, status, resolution),
         recorded AS (
             INSERT INTO events (ticket_id, ticket_seq, kind, actor_id, data, at, status, resolution)
             SELECT id, version, $4::text, $5::bigint, $6::text, $2, status, resolution FROM bumped),
         seen AS (
             INSERT INTO ticket_views (user_id, ticket_id, seen_version)
             SELECT $5::bigint, id, version FROM bumped WHERE $5::bigint IS NOT NULL
             ON CONFLICT (user_id, ticket_id)
             DO UPDATE SET seen_version = greatest(ticket_views.seen_version, excluded.seen_version))
         SELECT version FROM bumped",
        &[&ticket_id, &at, &internal, &kind, &actor_id, &data.to_string()],
    )
    .await?;
    Ok(())
}

/// Records that `user` has seen the ticket up to `version`.
pub(super) async fn mark_seen(tx: &Tx<'_>, user: i64, ticket_id: i64, version: u64) -> Result<()> {
    execute(
        tx,
        "INSERT INTO ticket_views (user_id, ticket_id, seen_version) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, ticket_id)
         DO UPDATE SET seen_version = greatest(ticket_views.seen_version, excluded.seen_version)",
        &[&user, &ticket_id, &version.cast_signed()],
    )
    .await?;
    Ok(())
}

/// A ticket's history, oldest first; internal notes only when `internal`
/// (`rules::sees_internal`).
pub(super) async fn history(
    tx: &Tx<'_>,
    ticket_id: i64,
    internal: bool,
) -> Result<Vec<HistoryEntry>> {
    let rows = query(
        tx,
        "SELECT e.seq, e.at, u.name, e.kind, e.data FROM events e
         LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.ticket_id = $1 AND ($2 OR (e.data::jsonb -> 'internal') IS DISTINCT FROM 'true')
         ORDER BY e.seq",
        &[&ticket_id, &internal],
    )
    .await?;
    rows.iter()
        .map(|r| {
            let data: String = r.try_get(4)?;
            let data: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
            Ok(HistoryEntry {
                seq: r.try_get::<_, i64>(0)?.cast_unsigned(),
                at: r.try_get(1)?,
                actor: r.try_get(2)?,
                kind: r.try_get(3)?,
                changes: serde_json::from_value(data["changes"].clone()).unwrap_or_default(),
                comment: data["comment"].as_u64(),
            })
        })
        .collect()
}
