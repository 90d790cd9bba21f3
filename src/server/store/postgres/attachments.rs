//! Uploads waiting to be attached, attachments, and the sweep of what nothing uses: the
//! PostgreSQL twin of the SQLite backend's `attachments`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::history::append_event;
use super::rows::{self, execute, query, query_one, query_opt};
use super::{PgStore, Tx};
use crate::api::{Attachment, Upload};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::store::shared::attachments::{no_attachment, no_unused_upload};
use crate::server::store::{Actor, AttachmentStore, Idempotency, StoredBlob};

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
            return Err(Error::invalid("attachments", no_unused_upload(upload)));
        };
        ids.push(id.try_get(0)?);
    }
    Ok(ids)
}

/// Deletes the unused uploads `condition` picks (over `args`); returns the contents
/// (SHA-256) they held, once for each upload. An upload being attached meanwhile is locked by
/// its attaching: the delete waits, then finds it used and leaves it.
async fn delete_unused_uploads(
    tx: &Tx<'_>,
    condition: &str,
    args: &rows::Params<'_>,
) -> Result<Vec<String>> {
    let deleted = query(
        tx,
        &format!(
            "DELETE FROM uploads WHERE NOT used AND {condition} RETURNING id, uploader_id, sha256"
        ),
        args,
    )
    .await?;
    let mut contents = Vec::with_capacity(deleted.len());
    for upload in deleted {
        let (id, uploader): (String, i64) = (upload.try_get(0)?, upload.try_get(1)?);
        // A withdrawn upload is forgotten whole: retrying it with its Idempotency-Key uploads
        // it afresh, rather than replaying an id that is gone.
        execute(
            tx,
            "DELETE FROM idempotency WHERE user_id = $2 AND response::jsonb ->> 'id' = $1",
            &[&id, &uploader],
        )
        .await?;
        contents.push(upload.try_get(2)?);
    }
    Ok(contents)
}

/// Of `contents` (SHA-256), those no upload or attachment refers to, once each, in the order
/// given.
///
/// Another replica may be recording an upload of one of them at this moment, not yet
/// committed, so not seen here: its bytes are reported as removable all the same. The blob
/// store keeps them: it removes only bytes that landed long enough ago (its own rule), and
/// those an upload under way has just landed.
async fn unreferenced(tx: &Tx<'_>, contents: Vec<String>) -> Result<Vec<String>> {
    query(
        tx,
        "SELECT c.sha256 FROM unnest($1::text[]) WITH ORDINALITY AS c (sha256, n)
         WHERE NOT EXISTS (SELECT 1 FROM uploads u WHERE u.sha256 = c.sha256)
           AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = c.sha256)
         GROUP BY c.sha256 ORDER BY min(c.n)",
        &[&contents],
    )
    .await?
    .iter()
    .map(|r| Ok(r.try_get(0)?))
    .collect()
}

/// The attachment of id `id`, as `ATTACHMENT_SELECT` reads it.
async fn read_attachment(tx: &Tx<'_>, id: i64) -> Result<Attachment> {
    let sql = format!("{} WHERE a.id = $1", rows::ATTACHMENT_SELECT);
    rows::attachment(&query_one(tx, &sql, &[&id]).await?)
}

#[async_trait]
impl AttachmentStore for PgStore {
    async fn record_upload(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        blob: StoredBlob,
    ) -> Result<Upload> {
        let uploader = actor.id;
        self.mutate(actor, idem, move |tx, at| {
            Box::pin(async move {
                let id = uuid::Uuid::new_v4().simple().to_string();
                execute(
                    tx,
                    "INSERT INTO uploads (id, uploader_id, name, media_type, size, sha256, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    &[
                        &id,
                        &uploader,
                        &blob.name,
                        &blob.media_type,
                        &blob.size.cast_signed(),
                        &blob.sha256,
                        &at,
                    ],
                )
                .await?;
                Ok(Upload {
                    id,
                    name: blob.name,
                    media_type: blob.media_type,
                    size: blob.size,
                    sha256: blob.sha256,
                })
            })
        })
        .await
    }

    async fn discard_upload(&self, actor: &Actor, id: &str) -> Result<Vec<String>> {
        let (uploader, id) = (actor.id, id.to_owned());
        self.write(move |tx, _| {
            Box::pin(async move {
                let deleted =
                    delete_unused_uploads(tx, "id = $1 AND uploader_id = $2", &[&id, &uploader])
                        .await?;
                if deleted.is_empty() {
                    return Err(Error::NotFound(no_unused_upload(&id)));
                }
                unreferenced(tx, deleted).await
            })
        })
        .await
    }

    async fn unreferenced(&self, contents: Vec<String>) -> Result<Vec<String>> {
        self.read(move |tx| Box::pin(unreferenced(tx, contents)))
            .await
    }

    async fn expire_uploads(&self, before: DateTime<Utc>) -> Result<Vec<String>> {
        self.write(move |tx, _| {
            Box::pin(async move {
                let deleted = delete_unused_uploads(tx, "created_at < $1", &[&before]).await?;
                unreferenced(tx, deleted).await
            })
        })
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
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                rules::may_comment(row.party(&actor), &key, row.status(), false)?;
                let ids = attach(tx, &actor, row.id, None, &uploads, at).await?;
                let data = json!({ "attachments": ids });
                append_event(tx, row.id, "attached", &actor, &data, at).await?;
                let mut attachments = Vec::with_capacity(ids.len());
                for id in ids {
                    attachments.push(read_attachment(tx, id).await?);
                }
                Ok(attachments)
            })
        })
        .await
    }

    async fn attachment(&self, actor: &Actor, id: u64) -> Result<Attachment> {
        let actor = actor.clone();
        let id = id.cast_signed();
        self.read(move |tx| {
            Box::pin(async move {
                // Seen by those who see its ticket, and, on an internal note, by staff alone.
                let missing = || no_attachment(id);
                let found = query_opt(
                    tx,
                    "SELECT t.key, c.internal IS TRUE FROM attachments a
                     JOIN tickets t ON t.id = a.ticket_id
                     LEFT JOIN comments c ON c.id = a.comment_id
                     WHERE a.id = $1",
                    &[&id],
                )
                .await?
                .ok_or_else(missing)?;
                let (ticket, internal): (String, bool) = (found.try_get(0)?, found.try_get(1)?);
                if internal && !rules::sees_internal(&actor) {
                    return Err(missing());
                }
                rows::visible_ticket(tx, &actor, &ticket)
                    .await
                    .map_err(|_| missing())?;
                read_attachment(tx, id).await
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::super::rows::now;
    use super::super::workflow::fixtures::{ticket, user};
    use crate::api::Role;
    use crate::server::error::Error;
    use crate::server::store::AttachmentStore;
    use crate::server::store::shared::attachments::blob;

    /// Withdrawn or expired uploads report their content as removable only once nothing else
    /// (another upload, an attachment) holds the same bytes.
    #[tokio::test]
    async fn unused_uploads_release_their_content_when_nothing_else_shares_it() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let ann = user(&store, "ann", Role::Requester).await;
        let key = ticket(&store, &ann).await;

        let first = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let second = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let attached = store.record_upload(&ann, None, blob("bb")).await.unwrap();
        let ids = vec![attached.id.clone()];
        let attachments = store.attach_uploads(&ann, None, &key, ids).await.unwrap();
        assert_eq!(attachments[0].sha256, "bb");
        let again = store
            .attach_uploads(&ann, None, &key, vec![attached.id.clone()])
            .await;
        assert!(matches!(again, Err(Error::Invalid { .. })), "{again:?}");
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
        assert_eq!(
            store
                .unreferenced(vec!["cc".into(), "bb".into(), "aa".into(), "cc".into()])
                .await
                .unwrap(),
            ["cc", "aa"]
        );
    }

    /// An attachment is seen by those who see its ticket.
    #[tokio::test]
    async fn an_attachment_is_read_by_those_who_see_its_ticket() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let ann = user(&store, "ann", Role::Requester).await;
        let cy = user(&store, "cy", Role::Requester).await;
        let key = ticket(&store, &ann).await;
        let upload = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let attached = store
            .attach_uploads(&ann, None, &key, vec![upload.id])
            .await
            .unwrap();
        let id = attached[0].id;
        let read = store.attachment(&ann, id).await.unwrap();
        assert_eq!((read.name, read.sha256), ("a.txt".into(), "aa".into()));
        let hidden = store.attachment(&cy, id).await;
        assert!(matches!(hidden, Err(Error::NotFound(_))), "{hidden:?}");
        let missing = store.attachment(&ann, id + 1).await;
        assert!(matches!(missing, Err(Error::NotFound(_))), "{missing:?}");
    }
}
