//! Dedupe keys, one open ticket a key and scope: the PostgreSQL twin of the SQLite backend's
//! `dedupe`.

use chrono::{DateTime, Utc};

use super::Tx;
use super::attachments::attach;
use super::history::{append_event, change};
use super::rows::{self, execute, query_one, query_opt};
use super::thread::insert_occurrence;
use super::tickets::reload;
use crate::api::{Change, NewTicket, TicketDetail};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::Actor;
use crate::server::store::shared::dedupe::{hidden_holder, occurred_data};

pub(super) use crate::server::store::shared::dedupe::HOLDS_KEY;

/// [`holder`], its row locked until the change commits. Read committed checks the condition
/// again on the row's last version after any wait for its lock: a holder that closed
/// meanwhile is not found, and a holder found keeps the key until this change ends.
pub(super) async fn locked_holder(tx: &Tx<'_>, scope: &str, key: &str) -> Result<Option<String>> {
    let sql = format!(
        "SELECT key FROM tickets WHERE dedupe_scope = $1 AND dedupe_key = $2 AND {HOLDS_KEY}
         FOR UPDATE"
    );
    query_opt(tx, &sql, &[&scope, &key])
        .await?
        .map(|row| row.try_get(0))
        .transpose()
        .map_err(Into::into)
}

/// Records `report` on the open ticket `key` that holds its dedupe key: one more occurrence,
/// a public comment by the caller of its description and attachments, and the event. The
/// report's other fields are the ticket's already and are left alone. Answers the ticket,
/// `deduplicated`.
pub(super) async fn record_occurrence(
    tx: &Tx<'_>,
    actor: &Actor,
    key: &str,
    report: &NewTicket,
    at: DateTime<Utc>,
) -> Result<TicketDetail> {
    let row = rows::locked_ticket(tx, actor, key)
        .await
        .map_err(hidden_holder)?;
    rules::may_comment(row.party(actor), key, row.status(), false)?;
    let occurrence: i64 = query_one(
        tx,
        "UPDATE tickets SET occurrences = occurrences + 1, last_seen_at = $2
         WHERE id = $1 RETURNING occurrences",
        &[&row.id, &at],
    )
    .await?
    .try_get(0)?;
    let comment = insert_occurrence(tx, actor, row.id, &report.description, occurrence, at).await?;
    attach(tx, actor, row.id, Some(comment), &report.attachments, at).await?;
    let data = occurred_data(occurrence, comment);
    append_event(tx, row.id, "occurred", actor, &data, at).await?;
    let mut detail = reload(tx, actor, key).await?;
    detail.deduplicated = Some(true);
    Ok(detail)
}

/// Settles the dedupe key of ticket `id` before it comes back open, or when its scope
/// changes to `scope` (its visibility changed): the ticket takes `scope`, unless it is to be
/// `open` and another open ticket holds its key there. Then it gives its key up, and the
/// ticket taking the reports meanwhile keeps them; the change returned is for its event.
pub(super) async fn settle_key(
    tx: &Tx<'_>,
    id: i64,
    key: Option<&str>,
    scope: &str,
    open: bool,
) -> Result<Option<Change>> {
    let Some(key) = key else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM tickets
         WHERE dedupe_scope = $1 AND dedupe_key = $2 AND {HOLDS_KEY} AND id <> $3)"
    );
    let taken = open
        && query_one(tx, &sql, &[&scope, &key, &id])
            .await?
            .try_get(0)?;
    if taken {
        execute(
            tx,
            "UPDATE tickets SET dedupe_key = NULL, dedupe_scope = NULL WHERE id = $1",
            &[&id],
        )
        .await?;
        return Ok(Some(change("dedupe_key", Some(key), None)));
    }
    execute(
        tx,
        "UPDATE tickets SET dedupe_scope = $2 WHERE id = $1",
        &[&id, &scope],
    )
    .await?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use tokio_postgres::error::SqlState;

    use super::super::PgStore;
    use super::super::tickets::testing::{store_with_requester, user};
    use super::HOLDS_KEY;
    use crate::api::{NewTicket, Role, Visibility};
    use crate::server::store::{Idempotency, TicketStore};

    fn report(key: &str, description: &str) -> NewTicket {
        NewTicket {
            title: "Nightly failed".into(),
            description: description.into(),
            dedupe_key: Some(key.into()),
            ..NewTicket::default()
        }
    }

    /// Closes a ticket as the workflow would leave it, for what dedupe keys care about.
    async fn close(store: &PgStore, key: &str) {
        let client = store.inner.pool.get().await.unwrap();
        client
            .execute(
                "UPDATE tickets SET status = 'closed' WHERE key = $1",
                &[&key],
            )
            .await
            .unwrap();
    }

    #[test]
    fn the_insert_names_the_index_by_its_own_condition() {
        let schema = super::super::MIGRATIONS[0];
        assert!(schema.contains("CREATE UNIQUE INDEX tickets_open_dedupe_key"));
        assert!(
            schema.contains(&format!("WHERE {HOLDS_KEY};")),
            "the schema and HOLDS_KEY differ"
        );
    }

    /// The database itself refuses a second open ticket with a key in a scope, whatever a
    /// handler does; a closed one, or one of another scope, it takes.
    #[tokio::test]
    async fn the_database_refuses_a_second_open_ticket_with_the_key() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
        store
            .create_ticket(&ann, None, report("ci:nightly", ""))
            .await
            .unwrap();
        let client = store.inner.pool.get().await.unwrap();
        let copy = async |key: &str, status: &str, scope: &str| {
            client
                .execute(
                    "INSERT INTO tickets (key, title, description, type, priority, department,
                        status, resolution, visibility, channel, requester_id, created_at,
                        updated_at, public_updated_at, version, dedupe_key, dedupe_scope)
                     SELECT $1, title, description, type, priority, department, $2, resolution,
                        visibility, channel, requester_id, created_at, updated_at,
                        public_updated_at, 0, dedupe_key, $3
                     FROM tickets WHERE key = 'CS-1'",
                    &[&key, &status, &scope],
                )
                .await
        };
        let scope = format!("requester:{}", ann.id);
        let refused = copy("CS-90", "assigned", &scope).await.unwrap_err();
        assert_eq!(
            refused.code(),
            Some(&SqlState::UNIQUE_VIOLATION),
            "{refused}"
        );
        copy("CS-91", "closed", &scope).await.unwrap();
        copy("CS-92", "new", "requester:999").await.unwrap();
    }

    #[tokio::test]
    async fn a_second_report_while_open_is_an_occurrence_and_after_closing_a_new_ticket() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
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

        close(&store, "CS-1").await;
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

    /// A ticket coming back open while a newer one holds its key gives the key up: the newer
    /// one keeps taking the reports.
    #[tokio::test]
    async fn a_reopened_ticket_gives_up_a_key_another_open_ticket_holds() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
        store
            .create_ticket(&ann, None, report("k", ""))
            .await
            .unwrap();
        close(&store, "CS-1").await;
        store
            .create_ticket(&ann, None, report("k", ""))
            .await
            .unwrap();
        let scope = format!("requester:{}", ann.id);
        let mut client = store.inner.pool.get().await.unwrap();
        let tx = client.transaction().await.unwrap();
        let id: i64 = tx
            .query_one("SELECT id FROM tickets WHERE key = 'CS-1'", &[])
            .await
            .unwrap()
            .get(0);
        let given_up = super::settle_key(&tx, id, Some("k"), &scope, true)
            .await
            .unwrap();
        assert_eq!(given_up.map(|c| c.field), Some("dedupe_key".into()));
        tx.execute("UPDATE tickets SET status = 'new' WHERE id = $1", &[&id])
            .await
            .unwrap();
        tx.commit().await.unwrap();
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
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
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

    /// Two replicas sent one failure's reports all at once open one ticket, which counts
    /// them all, and use up no key number for the rest.
    #[tokio::test]
    async fn reports_at_once_on_two_replicas_open_one_ticket() {
        let Some(url) = super::super::testing::database().await else {
            return;
        };
        let a = PgStore::open(&url, "CS").await.unwrap();
        let b = PgStore::open(&url, "CS").await.unwrap();
        let ann = user(&a, "ann", Role::Requester, None).await;
        let reports = futures_util::future::join_all((0..50).map(|i| {
            let (store, ann) = (if i % 2 == 0 { a.clone() } else { b.clone() }, ann.clone());
            async move {
                store
                    .create_ticket(&ann, None, report("ci:nightly", &format!("run {i}")))
                    .await
            }
        }))
        .await;
        let reports: Vec<_> = reports.into_iter().map(Result::unwrap).collect();
        assert!(reports.iter().all(|r| r.ticket.key == "CS-1"));
        let opened = reports.iter().filter(|r| r.deduplicated == Some(false));
        assert_eq!(opened.count(), 1);
        let shown = b.ticket(&ann, "CS-1", false).await.unwrap();
        assert_eq!(shown.ticket.occurrences, Some(50));
        assert_eq!(shown.comments.len(), 49);
        let next = a
            .create_ticket(
                &ann,
                None,
                NewTicket {
                    title: "other".into(),
                    ..NewTicket::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(next.ticket.key, "CS-2");
    }
}
