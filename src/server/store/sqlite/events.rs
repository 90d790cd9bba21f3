//! The SQLite [`EventFeed`]: the writer publishes every event it committed, once, right after
//! the commit and before any caller hears of it; subscribers catch up from the events table.
//! With one writer, `seq` order is commit order, so "after a cursor" loses nothing.

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::broadcast;

use super::SqliteStore;
use super::rows::{self, parsed, stamp, time};
use crate::api::{EventAttachment, StreamReady};
use crate::server::error::Result;
use crate::server::events::{EventFeed, FeedEvent};
use crate::server::store::Actor;
use crate::server::store::shared::events::{Columns, EscalationNow, EventRow, Parts, ticket_state};

/// Publishes what each commit added to the events table.
pub(super) struct Publisher {
    sender: broadcast::Sender<Arc<FeedEvent>>,
    /// The `seq` of the last event published.
    published: u64,
}

impl Publisher {
    /// From the events there are: only later ones are published.
    pub(super) fn new(
        conn: &Connection,
        sender: broadcast::Sender<Arc<FeedEvent>>,
    ) -> Result<Self> {
        Ok(Self {
            sender,
            published: head(conn)?,
        })
    }

    /// Called by the writer after each commit, on its connection: nothing else writes, so
    /// what lies after the last published event is exactly what the commits since added.
    pub(super) fn publish(&mut self, conn: &Connection) {
        loop {
            let events = match read_after(conn, self.published, 1024) {
                Ok(events) => events,
                Err(err) => {
                    // Subscribers still get them: the next commit publishes them, and a
                    // stream that reconnects reads them from the table.
                    tracing::error!(%err, "cannot read the events just committed");
                    return;
                }
            };
            let Some(last) = events.last() else { return };
            self.published = last.seq();
            for event in events {
                // No subscriber: nobody to tell.
                let _ = self.sender.send(event);
            }
        }
    }
}

fn head(conn: &Connection) -> Result<u64> {
    let seq: i64 = conn
        .prepare_cached("SELECT coalesce(max(seq), 0) FROM events")?
        .query_row([], |r| r.get(0))?;
    Ok(seq.cast_unsigned())
}

/// Events after `cursor`, oldest first, with what they refer to.
fn read_after(conn: &Connection, cursor: u64, limit: usize) -> Result<Vec<Arc<FeedEvent>>> {
    let mut statement = conn.prepare_cached(
        "SELECT e.seq, e.at, t.key, t.title, e.kind, u.name, e.data,
                coalesce(e.status, t.status), coalesce(e.resolution, t.resolution),
                t.id, t.requester_id, t.organisation_id, t.visibility, t.assignee_id
         FROM events e
         JOIN tickets t ON t.id = e.ticket_id
         LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.seq > ?1 ORDER BY e.seq LIMIT ?2",
    )?;
    let rows = statement
        .query_map(params![cursor.cast_signed(), limit], |r| {
            Ok(EventRow::from(Columns {
                seq: r.get::<_, i64>(0)?.cast_unsigned(),
                at: time(r, 1)?,
                ticket: r.get(2)?,
                title: r.get(3)?,
                kind: r.get(4)?,
                actor: r.get(5)?,
                data: r.get(6)?,
                status: parsed(r, 7)?,
                resolution: parsed(r, 8)?,
                ticket_id: r.get(9)?,
                requester_id: r.get(10)?,
                organisation_id: r.get(11)?,
                visibility: parsed(r, 12)?,
                assignee_id: r.get(13)?,
            }))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|row| complete(conn, row)).collect()
}

/// Reads what an event refers to: its comment, files, escalation, and the ticket's watchers.
fn complete(conn: &Connection, row: EventRow) -> Result<Arc<FeedEvent>> {
    let mut parts = Parts {
        watchers: conn
            .prepare_cached("SELECT user_id FROM watchers WHERE ticket_id = ?1")?
            .query_map([row.ticket_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
        ..Parts::default()
    };
    if let Some(id) = row.comment_id() {
        parts.comment = conn
            .prepare_cached("SELECT body, internal FROM comments WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        parts.comment_files = attachments(conn, "comment_id = ?1", id)?;
    }
    let named = row.attachment_ids();
    if !named.is_empty() {
        let ids = serde_json::Value::from(named).to_string();
        parts.named_files = attachments(conn, "id IN (SELECT value FROM json_each(?1))", ids)?;
    }
    if let Some(key) = row.escalation_key() {
        parts.escalation = conn
            .prepare_cached("SELECT estimated_resolution_at FROM escalations WHERE key = ?1")?
            .query_row([key], |r| {
                Ok(EscalationNow {
                    estimated_resolution_at: rows::opt_time(r, 0)?,
                })
            })
            .optional()?;
    }
    Ok(row.assemble(parts))
}

/// The files `which` picks (a condition on `?1`, which is `value`), in the order they came.
fn attachments(
    conn: &Connection,
    which: &str,
    value: impl rusqlite::ToSql,
) -> Result<Vec<EventAttachment>> {
    let sql = format!("SELECT id, name, size FROM attachments WHERE {which} ORDER BY id");
    Ok(conn
        .prepare_cached(&sql)?
        .query_map([value], |r| {
            Ok(EventAttachment {
                id: r.get::<_, i64>(0)?.cast_unsigned(),
                name: r.get(1)?,
                size: r.get::<_, i64>(2)?.cast_unsigned(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

#[async_trait]
impl EventFeed for SqliteStore {
    fn subscribe(&self) -> broadcast::Receiver<Arc<FeedEvent>> {
        self.inner.events.subscribe()
    }

    async fn read_after(&self, cursor: u64, limit: usize) -> Result<Vec<Arc<FeedEvent>>> {
        self.read(move |conn| read_after(conn, cursor, limit)).await
    }

    async fn position(&self, actor: &Actor, keys: &[String]) -> Result<StreamReady> {
        let (actor, keys): (Actor, Vec<String>) =
            (actor.clone(), keys.iter().map(|k| self.key(k)).collect());
        // One read transaction: the tickets as they stand at the head it reads.
        self.read(move |conn| {
            let head = head(conn)?;
            let tickets = keys
                .iter()
                .map(|key| {
                    Ok(ticket_state(
                        rows::visible_ticket(conn, &actor, key)?.ticket,
                    ))
                })
                .collect::<Result<_>>()?;
            Ok(StreamReady { head, tickets })
        })
        .await
    }

    async fn cursor_before(&self, at: DateTime<Utc>) -> Result<u64> {
        self.read(move |conn| {
            let seq: i64 = conn
                .prepare_cached("SELECT coalesce(max(seq), 0) FROM events WHERE at < ?1")?
                .query_row([stamp(at)], |r| r.get(0))?;
            Ok(seq.cast_unsigned())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use crate::api::{NewComment, NewTicket};
    use crate::server::events::stream::Subscription;
    use crate::server::events::{EventFeed, Filter};
    use crate::server::store::{ThreadStore as _, TicketStore as _};

    /// Fifty changes made while a subscriber reads nothing overflow a broadcast of four: it
    /// catches up from the table, and gets every one of them, in order, once.
    #[tokio::test]
    async fn a_subscriber_behind_the_broadcast_still_gets_every_event_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            super::SqliteStore::open_with_buffer(&dir.path().join("t.db"), "CS", 4).unwrap();
        let ann = super::super::testing::requester(&store, "ann").await;
        let new = NewTicket {
            title: "VPN drops".into(),
            ..NewTicket::default()
        };
        let key = store
            .create_ticket(&ann, None, new)
            .await
            .unwrap()
            .ticket
            .key;
        let feed: Arc<dyn EventFeed> = Arc::new(store.clone());
        let live = feed.subscribe();
        let head = feed.position(&ann, &[]).await.unwrap().head;
        let mut subscription =
            Subscription::new(feed, live, ann.clone(), Filter::default(), head, None);
        // Nothing to read yet: the subscriber has caught up and waits on the broadcast.
        let waiting = tokio::time::timeout(Duration::from_millis(50), subscription.next()).await;
        assert!(waiting.is_err(), "no event yet");
        for n in 0..50 {
            let comment = NewComment {
                body: format!("comment {n}"),
                internal: false,
                attachments: Vec::new(),
            };
            store.add_comment(&ann, None, &key, comment).await.unwrap();
        }
        let mut excerpts = Vec::new();
        for _ in 0..50 {
            let event = subscription.next().await.unwrap().unwrap();
            excerpts.push(event.event.comment.clone().unwrap().excerpt);
        }
        let expected: Vec<String> = (0..50).map(|n| format!("comment {n}")).collect();
        assert_eq!(excerpts, expected);
    }
}
