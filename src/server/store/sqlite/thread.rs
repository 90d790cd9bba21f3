//! A ticket's thread: comments and internal notes.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::SqliteStore;
use super::attachments::attach;
use super::history::append_event;
use super::rows::{self, stamp};
use crate::api::{Comment, NewComment};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::thread::commented;
use crate::server::store::{Actor, Idempotency, ThreadStore};

pub(super) fn insert_comment(
    conn: &Connection,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    internal: bool,
    at: DateTime<Utc>,
) -> Result<i64> {
    insert(conn, actor, ticket_id, body, internal, None, at)
}

/// The public comment that records occurrence `occurrence` of a ticket's failure: the
/// report's description, which may be empty (the occurrence itself is the news).
pub(super) fn insert_occurrence(
    conn: &Connection,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    occurrence: i64,
    at: DateTime<Utc>,
) -> Result<i64> {
    insert(conn, actor, ticket_id, body, false, Some(occurrence), at)
}

fn insert(
    conn: &Connection,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    internal: bool,
    occurrence: Option<i64>,
    at: DateTime<Utc>,
) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO comments (ticket_id, author_id, body, internal, occurrence, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        )?
        .query_row(
            params![ticket_id, actor.id, body, internal, occurrence, stamp(at)],
            |r| r.get(0),
        )?)
}

#[async_trait]
impl ThreadStore for SqliteStore {
    async fn add_comment(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        comment: NewComment,
    ) -> Result<Comment> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let party = row.party(&actor);
            rules::may_comment(party, &key, row.status(), comment.internal)?;
            let id = insert_comment(conn, &actor, row.id, &comment.body, comment.internal, at)?;
            let attachments = attach(conn, &actor, row.id, Some(id), &comment.attachments, at)?;
            // The requester's answer to a question sends the ticket back to support. An
            // internal note is support's, so it answers nothing.
            let answered = rules::status_after_comment(
                party,
                row.status(),
                row.status_before_feedback,
                row.assignee_id.is_some(),
            );
            if let Some(status) = answered {
                conn.prepare_cached("UPDATE tickets SET status = ?2 WHERE id = ?1")?
                    .execute(params![row.id, status.as_str()])?;
            }
            let data = commented(id, comment.internal, answered.map(|to| (row.status(), to)));
            append_event(conn, row.id, "commented", &actor, &data, at)?;
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
        .await
    }
}
