//! A ticket's thread, comments and internal notes: the PostgreSQL twin of the SQLite
//! backend's `thread`.

use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::query_one;
use crate::server::error::Result;
use crate::server::store::Actor;

pub(super) async fn insert_comment(
    tx: &Tx<'_>,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    internal: bool,
    at: DateTime<Utc>,
) -> Result<i64> {
    insert(tx, actor, ticket_id, body, internal, None, at).await
}

/// The public comment that records occurrence `occurrence` of a ticket's failure: the
/// report's description, which may be empty (the occurrence itself is the news).
pub(super) async fn insert_occurrence(
    tx: &Tx<'_>,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    occurrence: i64,
    at: DateTime<Utc>,
) -> Result<i64> {
    insert(tx, actor, ticket_id, body, false, Some(occurrence), at).await
}

async fn insert(
    tx: &Tx<'_>,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    internal: bool,
    occurrence: Option<i64>,
    at: DateTime<Utc>,
) -> Result<i64> {
    Ok(query_one(
        tx,
        "INSERT INTO comments (ticket_id, author_id, body, internal, occurrence, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        &[&ticket_id, &actor.id, &body, &internal, &occurrence, &at],
    )
    .await?
    .try_get(0)?)
}
