//! Uploads waiting to be attached, attachments, and the sweep of what nothing uses: the
//! PostgreSQL twin of the SQLite backend's `attachments`.

use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::{execute, query_opt};
use crate::server::error::{Error, Result};
use crate::server::store::Actor;

/// Turns uploads into attachments of a ticket (and comment). An upload is attached once, by
/// the user who sent it.
pub(super) async fn attach(
    tx: &Tx<'_>,
    actor: &Actor,
    ticket_id: i64,
    comment_id: Option<i64>,
    uploads: &[String],
    at: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(uploads.len());
    for upload in uploads {
        // Locked by the update, so two changes cannot both attach one upload.
        let id = query_opt(
            tx,
            "WITH taken AS (
                 UPDATE uploads SET used = true
                 WHERE id = $3 AND uploader_id = $4 AND NOT used
                 RETURNING uploader_id, name, media_type, size, sha256)
             INSERT INTO attachments (ticket_id, comment_id, uploader_id, name, media_type, size, sha256, created_at)
             SELECT $1, $2, uploader_id, name, media_type, size, sha256, $5 FROM taken
             RETURNING id",
            &[&ticket_id, &comment_id, upload, &actor.id, &at],
        )
        .await?;
        let Some(id) = id else {
            return Err(Error::invalid(
                "attachments",
                format!("no unused upload '{upload}' of yours"),
            ));
        };
        ids.push(id.try_get(0)?);
    }
    Ok(ids)
}

/// Keeps `execute` in use until the rest of this file lands.
#[allow(dead_code)]
async fn _unused(tx: &Tx<'_>) -> Result<u64> {
    execute(tx, "SELECT 1", &[]).await
}
