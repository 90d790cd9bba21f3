//! A ticket's thread, comments and internal notes: the PostgreSQL twin of the SQLite
//! backend's `thread`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::attachments::attach;
use super::history::append_event;
use super::rows::{self, execute, query_one};
use super::{PgStore, Tx};
use crate::api::{Comment, NewComment};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::thread::commented;
use crate::server::store::{Actor, Idempotency, ThreadStore};

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

#[async_trait]
impl ThreadStore for PgStore {
    async fn add_comment(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        comment: NewComment,
    ) -> Result<Comment> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                let party = row.party(&actor);
                rules::may_comment(party, &key, row.status(), comment.internal)?;
                let id =
                    insert_comment(tx, &actor, row.id, &comment.body, comment.internal, at).await?;
                let attachments =
                    attach(tx, &actor, row.id, Some(id), &comment.attachments, at).await?;
                // The requester's answer to a question sends the ticket back to support. An
                // internal note is support's, so it answers nothing.
                let answered = rules::status_after_comment(
                    party,
                    row.status(),
                    row.status_before_feedback,
                    row.assignee_id.is_some(),
                );
                if let Some(status) = answered {
                    execute(
                        tx,
                        "UPDATE tickets SET status = $2 WHERE id = $1",
                        &[&row.id, &status.as_str()],
                    )
                    .await?;
                }
                let data = commented(id, comment.internal, answered.map(|to| (row.status(), to)));
                append_event(tx, row.id, "commented", &actor, &data, at).await?;
                Ok(Comment {
                    id: id.cast_unsigned(),
                    author: actor.name.clone(),
                    body: comment.body,
                    internal: comment.internal,
                    created_at: at,
                    attachments: attachments.into_iter().map(i64::cast_unsigned).collect(),
                    occurrence: None,
                })
            })
        })
        .await
    }
}
