//! Uploads waiting to be attached, attachments, and the sweep of what nothing uses.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::SqliteStore;
use super::history::append_event;
use super::rows::{self, stamp};
use crate::api::{Attachment, Upload};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::store::shared::attachments::{no_attachment, no_unused_upload};
use crate::server::store::{Actor, AttachmentStore, Idempotency, StoredBlob};

/// Turns uploads into attachments of a ticket (and comment). An upload is attached once, by
/// the user who sent it.
pub(super) fn attach(
    conn: &Connection,
    actor: &Actor,
    ticket_id: i64,
    comment_id: Option<i64>,
    uploads: &[String],
    at: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(uploads.len());
    for upload in uploads {
        let id: Option<i64> = conn
            .prepare_cached(
                "INSERT INTO attachments (ticket_id, comment_id, uploader_id, name, media_type, size, sha256, created_at)
                 SELECT ?1, ?2, uploader_id, name, media_type, size, sha256, ?5
                 FROM uploads WHERE id = ?3 AND uploader_id = ?4 AND used = 0
                 RETURNING id",
            )?
            .query_row(params![ticket_id, comment_id, upload, actor.id, stamp(at)], |r| r.get(0))
            .optional()?;
        let Some(id) = id else {
            return Err(Error::invalid("attachments", no_unused_upload(upload)));
        };
        conn.prepare_cached("UPDATE uploads SET used = 1 WHERE id = ?1")?
            .execute([upload])?;
        ids.push(id);
    }
    Ok(ids)
}

/// Deletes the unused uploads `condition` picks; returns the contents (SHA-256) that no
/// upload or attachment refers to any more, whose bytes may go.
fn delete_unused_uploads(
    conn: &Connection,
    condition: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<String>> {
    let deleted: Vec<(String, i64, String)> = conn
        .prepare_cached(&format!(
            "DELETE FROM uploads WHERE used = 0 AND {condition} RETURNING id, uploader_id, sha256"
        ))?
        .query_map(args, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // A withdrawn upload is forgotten whole: retrying it with its Idempotency-Key uploads it
    // afresh, rather than replaying an id that is gone.
    let mut forget = conn.prepare_cached(
        "DELETE FROM idempotency WHERE user_id = ?2 AND json_extract(response, '$.id') = ?1",
    )?;
    let mut contents = Vec::with_capacity(deleted.len());
    for (id, uploader, sha256) in deleted {
        forget.execute(params![id, uploader])?;
        contents.push(sha256);
    }
    let deleted = contents;
    unreferenced(conn, deleted)
}

/// Of `contents` (SHA-256), those no upload or attachment refers to, once each.
fn unreferenced(conn: &Connection, contents: Vec<String>) -> Result<Vec<String>> {
    let mut unreferenced = conn.prepare_cached(
        "SELECT NOT EXISTS (SELECT 1 FROM uploads WHERE sha256 = ?1)
            AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?1)",
    )?;
    let mut orphans = Vec::new();
    for sha256 in contents {
        if unreferenced.query_row([&sha256], |r| r.get(0))? && !orphans.contains(&sha256) {
            orphans.push(sha256);
        }
    }
    Ok(orphans)
}

#[async_trait]
impl AttachmentStore for SqliteStore {
    async fn record_upload(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        blob: StoredBlob,
    ) -> Result<Upload> {
        let uploader = actor.id;
        self.mutate(actor, idem, move |conn, at| {
            let id = uuid::Uuid::new_v4().simple().to_string();
            conn.prepare_cached(
                "INSERT INTO uploads (id, uploader_id, name, media_type, size, sha256, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![id, uploader, blob.name, blob.media_type, blob.size.cast_signed(), blob.sha256, stamp(at)])?;
            Ok(Upload { id, name: blob.name, media_type: blob.media_type, size: blob.size, sha256: blob.sha256 })
        })
        .await
    }

    async fn discard_upload(&self, actor: &Actor, id: &str) -> Result<Vec<String>> {
        let (uploader, id) = (actor.id, id.to_owned());
        self.inner
            .writer
            .write(move |conn| {
                let exists: bool = conn
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM uploads WHERE id = ?1 AND uploader_id = ?2 AND used = 0)")?
                    .query_row(params![id, uploader], |r| r.get(0))?;
                if !exists {
                    return Err(Error::NotFound(no_unused_upload(&id)));
                }
                delete_unused_uploads(conn, "id = ?1 AND uploader_id = ?2", params![id, uploader])
            })
            .await
    }

    async fn unreferenced(&self, contents: Vec<String>) -> Result<Vec<String>> {
        self.read(move |conn| unreferenced(conn, contents)).await
    }

    async fn expire_uploads(&self, before: DateTime<Utc>) -> Result<Vec<String>> {
        self.inner
            .writer
            .write(move |conn| delete_unused_uploads(conn, "created_at < ?1", [stamp(before)]))
            .await
    }

    async fn attach_uploads(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        uploads: Vec<String>,
    ) -> Result<Vec<Attachment>> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_comment(row.party(&actor), &key, row.status(), false)?;
            let ids = attach(conn, &actor, row.id, None, &uploads, at)?;
            append_event(
                conn,
                row.id,
                "attached",
                &actor,
                &json!({ "attachments": ids }),
                at,
            )?;
            let mut select =
                conn.prepare_cached(&format!("{} WHERE a.id = ?1", rows::ATTACHMENT_SELECT))?;
            ids.iter()
                .map(|id| Ok(select.query_row([id], rows::attachment)?))
                .collect()
        })
        .await
    }

    async fn attachment(&self, actor: &Actor, id: u64) -> Result<Attachment> {
        let actor = actor.clone();
        let id = id.cast_signed();
        self.read(move |conn| {
            // Seen by those who see its ticket, and, on an internal note, by staff alone.
            let missing = || no_attachment(id);
            let (ticket, internal): (String, bool) = conn
                .prepare_cached(
                    "SELECT t.key, c.internal IS 1 FROM attachments a
                     JOIN tickets t ON t.id = a.ticket_id
                     LEFT JOIN comments c ON c.id = a.comment_id
                     WHERE a.id = ?1",
                )?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or_else(missing)?;
            if internal && !rules::sees_internal(&actor) {
                return Err(missing());
            }
            rows::visible_ticket(conn, &actor, &ticket).map_err(|_| missing())?;
            Ok(conn
                .prepare_cached(&format!("{} WHERE a.id = ?1", rows::ATTACHMENT_SELECT))?
                .query_row([id], rows::attachment)?)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::super::rows::now;
    use super::super::testing::store_with_requester;
    use crate::api::NewTicket;
    use crate::server::store::shared::attachments::blob;
    use crate::server::store::{AttachmentStore, TicketStore};

    /// Withdrawn or expired uploads report their content as removable only once nothing else
    /// (another upload, an attachment) holds the same bytes.
    #[tokio::test]
    async fn unused_uploads_release_their_content_when_nothing_else_shares_it() {
        let (_dir, store, ann) = store_with_requester().await;

        let first = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let second = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let attached = store.record_upload(&ann, None, blob("bb")).await.unwrap();
        let new = NewTicket {
            title: "t".into(),
            attachments: vec![attached.id.clone()],
            ..NewTicket::default()
        };
        store.create_ticket(&ann, None, new).await.unwrap();
        let late = store.record_upload(&ann, None, blob("bb")).await.unwrap();

        assert_eq!(
            store.discard_upload(&ann, &first.id).await.unwrap(),
            Vec::<String>::new()
        );
        assert!(store.discard_upload(&ann, &first.id).await.is_err());
        assert!(store.discard_upload(&ann, &attached.id).await.is_err());
        assert_eq!(
            store.discard_upload(&ann, &second.id).await.unwrap(),
            ["aa"]
        );
        let later = now() + chrono::Duration::seconds(1);
        assert_eq!(
            store.expire_uploads(later).await.unwrap(),
            Vec::<String>::new()
        );
        assert!(store.discard_upload(&ann, &late.id).await.is_err());
    }
}
