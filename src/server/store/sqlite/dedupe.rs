//! Dedupe keys: the report of a failure whose ticket is open, recorded on that ticket as an
//! occurrence; and one open ticket a key in each scope when a ticket comes back open or
//! changes scope (`rules::dedupe_scope`).
//!
//! The unique index `tickets_open_dedupe_key` (migration 010) is what keeps it one: opening a
//! ticket tries the insert and, when the index refuses it, records the occurrence instead
//! ([`super::tickets`]). No read decides beforehand, so it holds with several writers too.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::attachments::attach;
use super::history::{append_event, change};
use super::rows::{self, stamp};
use super::thread::insert_occurrence;
use super::tickets::reload;
use crate::api::{Change, NewTicket, TicketDetail};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::Actor;

use crate::server::store::shared::dedupe::{hidden_holder, occurred_data};

pub(super) use crate::server::store::shared::dedupe::HOLDS_KEY;

/// The open ticket holding `key` in `scope`, if any.
pub(super) fn holder(conn: &Connection, scope: &str, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT key FROM tickets WHERE dedupe_scope = ?1 AND dedupe_key = ?2 AND {HOLDS_KEY}"
        ))?
        .query_row(params![scope, key], |r| r.get(0))
        .optional()?)
}

/// Records `report` on the open ticket `key` that holds its dedupe key: one more occurrence,
/// a public comment by the caller of its description and attachments, and the event. The
/// report's other fields are the ticket's already and are left alone. Answers the ticket,
/// `deduplicated`.
pub(super) fn record_occurrence(
    conn: &Connection,
    actor: &Actor,
    key: &str,
    report: &NewTicket,
    at: DateTime<Utc>,
) -> Result<TicketDetail> {
    let row = rows::visible_ticket(conn, actor, key).map_err(hidden_holder)?;
    rules::may_comment(row.party(actor), key, row.status(), false)?;
    let occurrence: i64 = conn
        .prepare_cached(
            "UPDATE tickets SET occurrences = occurrences + 1, last_seen_at = ?2
             WHERE id = ?1 RETURNING occurrences",
        )?
        .query_row(params![row.id, stamp(at)], |r| r.get(0))?;
    let comment = insert_occurrence(conn, actor, row.id, &report.description, occurrence, at)?;
    attach(conn, actor, row.id, Some(comment), &report.attachments, at)?;
    let data = occurred_data(occurrence, comment);
    append_event(conn, row.id, "occurred", actor, &data, at)?;
    let mut detail = reload(conn, actor, key)?;
    detail.deduplicated = Some(true);
    Ok(detail)
}

/// Settles the dedupe key of ticket `id` before it comes back open, or when its scope
/// changes to `scope` (its visibility changed): the ticket takes `scope`, unless it is to be
/// `open` and another open ticket holds its key there. Then it gives its key up, and the
/// ticket taking the reports meanwhile keeps them; the change returned is for its event.
pub(super) fn settle_key(
    conn: &Connection,
    id: i64,
    key: Option<&str>,
    scope: &str,
    open: bool,
) -> Result<Option<Change>> {
    let Some(key) = key else {
        return Ok(None);
    };
    let taken = open
        && conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM tickets
                 WHERE dedupe_scope = ?1 AND dedupe_key = ?2 AND {HOLDS_KEY} AND id != ?3)"
            ))?
            .query_row(params![scope, key, id], |r| r.get(0))?;
    if taken {
        conn.prepare_cached(
            "UPDATE tickets SET dedupe_key = NULL, dedupe_scope = NULL WHERE id = ?1",
        )?
        .execute([id])?;
        return Ok(Some(change("dedupe_key", Some(key), None)));
    }
    conn.prepare_cached("UPDATE tickets SET dedupe_scope = ?2 WHERE id = ?1")?
        .execute(params![id, scope])?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::super::testing::store_with_requester;
    use super::super::{MIGRATIONS, connect};
    use super::HOLDS_KEY;
    use crate::api::{CloseTicket, NewTicket, ReopenTicket, Visibility};
    use crate::server::store::{Idempotency, TicketStore, WorkflowStore};

    fn report(key: &str, description: &str) -> NewTicket {
        NewTicket {
            title: "Nightly failed".into(),
            description: description.into(),
            dedupe_key: Some(key.into()),
            ..NewTicket::default()
        }
    }

    #[test]
    fn the_insert_names_the_index_by_its_own_condition() {
        let migration = MIGRATIONS[9];
        assert!(migration.contains("CREATE UNIQUE INDEX tickets_open_dedupe_key"));
        assert!(
            migration.contains(&format!("WHERE {HOLDS_KEY};")),
            "010 and HOLDS_KEY differ"
        );
    }

    /// The database itself refuses a second open ticket with a key in a scope, whatever a
    /// handler does; a closed one, or one of another scope, it takes.
    #[tokio::test]
    async fn the_database_refuses_a_second_open_ticket_with_the_key() {
        let (dir, store, ann) = store_with_requester().await;
        store
            .create_ticket(&ann, None, report("ci:nightly", ""))
            .await
            .unwrap();
        let conn = connect(&dir.path().join("t.db")).unwrap();
        let (unique, partial): (bool, bool) = conn
            .query_row(
                "SELECT \"unique\", partial FROM pragma_index_list('tickets')
                 WHERE name = 'tickets_open_dedupe_key'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert!(unique && partial);
        let copy = |key: &str, status: &str, scope: &str| {
            conn.execute(
                "INSERT INTO tickets (key, title, description, type, priority, department, status,
                    resolution, visibility, channel, requester_id, created_at, updated_at, version,
                    dedupe_key, dedupe_scope)
                 SELECT ?1, title, description, type, priority, department, ?2, resolution,
                    visibility, channel, requester_id, created_at, updated_at, 0, dedupe_key, ?3
                 FROM tickets WHERE key = 'CS-1'",
                [key, status, scope],
            )
        };
        let scope = format!("requester:{}", ann.id);
        let refused = copy("CS-90", "assigned", &scope).unwrap_err();
        assert!(refused.to_string().contains("UNIQUE"), "{refused}");
        copy("CS-91", "closed", &scope).unwrap();
        copy("CS-92", "new", "requester:999").unwrap();
    }

    #[tokio::test]
    async fn a_second_report_while_open_is_an_occurrence_and_after_closing_a_new_ticket() {
        let (_dir, store, ann) = store_with_requester().await;
        let first = store
            .create_ticket(&ann, None, report("k", "first"))
            .await
            .unwrap();
        assert_eq!(first.deduplicated, Some(false));
        assert_eq!(first.ticket.occurrences, Some(1));
        let again = store
            .create_ticket(&ann, None, report("k", "second"))
            .await
            .unwrap();
        assert_eq!(again.deduplicated, Some(true));
        assert_eq!(again.ticket.key, first.ticket.key);
        assert_eq!(again.ticket.occurrences, Some(2));
        let comment = &again.comments[0];
        assert_eq!(
            (comment.body.as_str(), comment.occurrence),
            ("second", Some(2))
        );
        // A private report shares keys with its requester alone: here, the same person.
        let private = NewTicket {
            visibility: Some(Visibility::Private),
            ..report("k", "third")
        };
        let third = store.create_ticket(&ann, None, private).await.unwrap();
        assert_eq!(
            third.ticket.key, "CS-1",
            "ann has no organisation: one scope"
        );

        store
            .change_status(&ann, None, "CS-1", CloseTicket::default().into())
            .await
            .unwrap();
        let fresh = store
            .create_ticket(&ann, None, report("k", "again"))
            .await
            .unwrap();
        assert_eq!(
            (fresh.ticket.key.as_str(), fresh.deduplicated),
            ("CS-2", Some(false)),
            "no key number is used up by the reports deduplicated"
        );
    }

    /// A ticket reopened while a newer one holds its key gives the key up: the newer one keeps
    /// taking the reports.
    #[tokio::test]
    async fn a_reopened_ticket_gives_up_a_key_another_open_ticket_holds() {
        let (_dir, store, ann) = store_with_requester().await;
        store
            .create_ticket(&ann, None, report("k", ""))
            .await
            .unwrap();
        store
            .change_status(&ann, None, "CS-1", CloseTicket::default().into())
            .await
            .unwrap();
        store
            .create_ticket(&ann, None, report("k", ""))
            .await
            .unwrap();
        let reopened = store
            .reopen_ticket(&ann, None, "CS-1", ReopenTicket::default())
            .await
            .unwrap();
        assert_eq!(reopened.ticket.dedupe_key, None);
        let next = store
            .create_ticket(&ann, None, report("k", ""))
            .await
            .unwrap();
        assert_eq!(
            (next.ticket.key.as_str(), next.ticket.occurrences),
            ("CS-2", Some(2))
        );
    }

    #[tokio::test]
    async fn a_retry_with_the_idempotency_key_replays_rather_than_adding_an_occurrence() {
        let (_dir, store, ann) = store_with_requester().await;
        store
            .create_ticket(&ann, None, report("k", ""))
            .await
            .unwrap();
        let new = report("k", "retried");
        let idem = || Some(Idempotency::new("retry-1".into(), "create", &new));
        let once = store
            .create_ticket(&ann, idem(), new.clone())
            .await
            .unwrap();
        let twice = store
            .create_ticket(&ann, idem(), new.clone())
            .await
            .unwrap();
        assert_eq!(once.ticket.occurrences, Some(2));
        assert_eq!(twice.ticket.occurrences, Some(2));
        assert_eq!(twice.deduplicated, Some(true));
        let shown = store.ticket(&ann, "CS-1", false).await.unwrap();
        assert_eq!(shown.ticket.occurrences, Some(2));
        assert_eq!(shown.comments.len(), 1);
    }
}
