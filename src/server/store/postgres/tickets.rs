//! Tickets, opening, listing, reading and changing their fields: the PostgreSQL twin of the
//! SQLite backend's `tickets`.

use std::sync::LazyLock;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio_postgres::Statement;
use tokio_postgres::types::ToSql;

use super::attachments::attach;
use super::group_commit::Batch;
use super::history::{append_event, changes, history, mark_seen};
use super::relations::watch;
use super::rows::{self, TicketRow, query_one, query_opt};
use super::{PgStore, Tx, dedupe};
use crate::api::{
    Change, Channel, NewTicket, Resolution, Status, TicketDetail, TicketPage, TicketPatch,
    TicketQuery, TicketType,
};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::store::shared::tickets::{
    self, Assignments, Dialect, Filed, Listing, Value, cc_error, check_version, created_data,
    dedupe_holder_kept_changing, filer, filing_defaults, list_conditions, page, update_kind,
};
use crate::server::store::{Actor, Idempotency, TicketStore};

/// A statement's parameters built at run time, as many as its filters need.
type Bound = Vec<Box<dyn ToSql + Sync + Send>>;

/// Re-reads a ticket after a change, as its caller sees it.
pub(super) async fn reload(tx: &Tx<'_>, actor: &Actor, key: &str) -> Result<TicketDetail> {
    let row = rows::visible_ticket(tx, actor, key).await?;
    rows::detail(tx, actor, row).await
}

#[async_trait]
impl TicketStore for PgStore {
    async fn create_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        new: NewTicket,
    ) -> Result<TicketDetail> {
        let catalogue = &self.current_catalogue().await?.catalogue;
        let (priority, department) = filing_defaults(catalogue, &new)?;
        let prefix = self.inner.ticket_prefix.clone();
        let actor = actor.clone();
        self.opening(&actor.clone(), idem, move |batch, at| {
            let (actor, new, prefix) = (actor.clone(), new.clone(), prefix.clone());
            let (priority, department) = (priority.clone(), department.clone());
            Box::pin(async move {
                let tx = batch.tx;
                let filed = Filed::new(&actor, &new, &prefix, &priority, &department);
                // The holder is looked for first, so that a report of an open failure takes
                // no key number (nor the counter's lock, held until commit). Between that
                // look and the insert another replica may open the holder, or the holder
                // may close before it is locked: each attempt looks again, and read committed
                // shows every statement what was committed before it.
                for _ in 0..3 {
                    if let Some((scope, dedupe_key)) = &filed.dedupe
                        && let Some(key) = dedupe::locked_holder(tx, scope, dedupe_key).await?
                    {
                        return dedupe::record_occurrence(tx, &actor, &key, &new, at).await;
                    }
                    if let Some(opened) = open_ticket(batch, &actor, &new, &filed, at).await? {
                        return Ok(opened);
                    }
                    filed.refused()?;
                }
                Err(dedupe_holder_kept_changing())
            })
        })
        .await
    }

    async fn list_tickets(&self, actor: &Actor, query: TicketQuery) -> Result<TicketPage> {
        let listing = Listing::new(actor, query)?;
        let limit = listing.limit;
        let actor = actor.clone();
        self.read(move |tx| {
            Box::pin(async move {
                let (sql, args) = list_sql(&actor, listing);
                let params: Vec<&(dyn ToSql + Sync)> =
                    args.iter().map(|p| p.as_ref() as _).collect();
                let items = tx
                    .query(sql.as_str(), &params)
                    .await?
                    .iter()
                    .map(rows::ticket_row)
                    .collect::<Result<Vec<TicketRow>>>()?;
                Ok(page(items, limit, |row| (row.id, row.ticket)))
            })
        })
        .await
    }

    async fn ticket(&self, actor: &Actor, key: &str, with_history: bool) -> Result<TicketDetail> {
        let (reader, key) = (actor.clone(), self.key(key));
        let (id, detail) = self
            .read(move |tx| {
                Box::pin(async move {
                    let row = rows::visible_ticket(tx, &reader, &key).await?;
                    let id = row.id;
                    let mut detail = rows::detail(tx, &reader, row).await?;
                    if with_history {
                        detail.history =
                            Some(history(tx, id, rules::sees_internal(&reader)).await?);
                    }
                    Ok((id, detail))
                })
            })
            .await?;
        // Showing a ticket marks it seen: a write, in a transaction of its own, only when
        // there is something new to see. No event, so nothing for the feed.
        if detail.ticket.updated_since_seen {
            let mut client = self.inner.pool.get().await?;
            let tx = client.transaction().await?;
            mark_seen(&tx, actor.id, id, detail.ticket.version).await?;
            tx.commit().await?;
        }
        Ok(detail)
    }

    async fn update_ticket(
        &self,
        actor: &Actor,
        key: &str,
        expected_versions: Option<Vec<u64>>,
        patch: TicketPatch,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                check_version(expected_versions.as_deref(), &key, row.ticket.version)?;
                rules::may_edit(row.party(&actor), &key, row.status(), &patch)?;
                let (assignments, mut changed) = field_changes(tx, &row, &patch).await?;
                if changed.is_empty() {
                    return rows::detail(tx, &actor, row).await;
                }
                // A ticket its organisation no longer sees (or now sees) shares its key with
                // others (`rules::dedupe_scope`).
                if let Some(visibility) = patch.visibility.filter(|v| *v != row.ticket.visibility) {
                    let scope =
                        rules::dedupe_scope(row.requester_id, row.organisation_id, visibility);
                    let key = row.ticket.dedupe_key.as_deref();
                    changed.extend(
                        dedupe::settle_key(tx, row.id, key, &scope, row.status().is_open()).await?,
                    );
                }
                let columns = assignments
                    .iter()
                    .enumerate()
                    .map(|(i, (c, _))| format!("{c} = ${}", i + 2))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut values: Bound = vec![Box::new(row.id)];
                values.extend(assignments.into_iter().map(|(_, v)| bound(v)));
                let params: Vec<&(dyn ToSql + Sync)> =
                    values.iter().map(|p| p.as_ref() as _).collect();
                let sql = format!("UPDATE tickets SET {columns} WHERE id = $1");
                tx.execute(sql.as_str(), &params).await?;
                let kind = update_kind(&patch);
                append_event(tx, row.id, kind, &actor, &changes(&changed), at).await?;
                reload(tx, &actor, &key).await
            })
        })
        .await
    }
}

/// A list's statement and its parameters: `$1` the caller, `$2` their organisation (see
/// `rows::ticket_select`), then one a filter.
fn list_sql(actor: &Actor, listing: Listing) -> (String, Bound) {
    let (waiting, updated) = (rows::waiting_for(actor), rows::updated_since_seen(actor));
    let dialect = Dialect {
        marker: '$',
        waiting: &waiting,
        updated: &updated,
    };
    let (conditions, values) = list_conditions(actor, listing, &dialect);
    let sql = format!("{} WHERE 1 = 1{conditions}", rows::ticket_select(actor));
    let mut args: Bound = vec![Box::new(actor.id), Box::new(actor.organisation_id)];
    args.extend(values.into_iter().map(bound));
    (sql, args)
}

/// A value as a parameter.
fn bound(value: Value) -> Box<dyn ToSql + Sync + Send> {
    match value {
        Value::Text(text) => Box::new(text),
        Value::Id(id) => Box::new(id),
    }
}

/// Opens the ticket under the batch's next key: its row, its `created` event, and then whom
/// it copies and what it attaches. `None`, with nothing changed (no number taken), when an
/// open ticket of its scope holds its dedupe key.
///
/// The caller found no holder just before, so the insert almost always happens; it meets the
/// index only when another replica's change gave the key to a ticket meanwhile. No other
/// opening can be in flight (the batch holds the counter), and a change that gives a ticket
/// its key again has committed by the insert's wait: `ON CONFLICT … DO NOTHING` sees it,
/// without an error that would abort the transaction.
async fn open_ticket(
    batch: Batch<'_>,
    actor: &Actor,
    new: &NewTicket,
    filed: &Filed<'_>,
    at: DateTime<Utc>,
) -> Result<Option<TicketDetail>> {
    let tx = batch.tx;
    let number = batch.numbers.take();
    let key = filed.key(number);
    let plain = new.cc.is_empty() && new.attachments.is_empty();
    // A ticket that copies no one and has nothing attached is read back in the insert's round
    // trip (sent after it, so read after it), and it is all there is to answer. The insert is
    // prepared first: the first time on a connection, that is a round trip of its own, and
    // the read would otherwise be sent, and answered, before it.
    let insert = tx.prepare_cached(&INSERT_TICKET).await?;
    let (inserted, read) = futures_util::join!(
        insert_ticket(tx, &insert, actor, new, filed, &key, at),
        async {
            if plain {
                Some(rows::visible_ticket(tx, actor, &key).await)
            } else {
                None
            }
        }
    );
    let Some(ticket_id) = inserted? else {
        batch.numbers.give_back(number);
        return Ok(None);
    };
    let mut detail = if let Some(row) = read {
        rows::opened_detail(actor, row?, new.description.clone())
    } else {
        let party = filer(actor);
        for name in &new.cc {
            watch(tx, actor, party, ticket_id, name)
                .await
                .map_err(cc_error)?;
        }
        attach(tx, actor, ticket_id, None, &new.attachments, at).await?;
        reload(tx, actor, &key).await?
    };
    // Said only to who asked: any other answer reads exactly as `GET` does.
    detail.deduplicated = new.dedupe_key.is_some().then_some(false);
    Ok(Some(detail))
}

/// The statement of [`insert_ticket`].
static INSERT_TICKET: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH opened AS (
             INSERT INTO tickets (key, title, description, type, priority, department, service,
                 category, project, status, resolution, visibility, channel, requester_id,
                 organisation_id, created_at, updated_at, public_updated_at, version,
                 public_version, dedupe_key, dedupe_scope, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16,
                 $16, 1, 1, $17, $18, CASE WHEN $17::text IS NULL THEN NULL ELSE $16::timestamptz END)
             ON CONFLICT (dedupe_scope, dedupe_key) WHERE {} DO NOTHING
             RETURNING id, version, status, resolution),
         recorded AS (
             INSERT INTO events (ticket_id, ticket_seq, kind, actor_id, data, at, status, resolution)
             SELECT id, version, 'created', $14, $19::text, $16, status, resolution FROM opened),
         seen AS (
             INSERT INTO ticket_views (user_id, ticket_id, seen_version)
             SELECT $14, id, version FROM opened)
         SELECT id FROM opened",
        dedupe::HOLDS_KEY
    )
});

/// Inserts ticket `key` and its `created` event in one statement (`statement`, the
/// [`INSERT_TICKET`] prepared), as `history::append_event` records any other change (the
/// ticket at version 1, which its opener has seen); its id, or `None` when its dedupe key is
/// held.
async fn insert_ticket(
    tx: &Tx<'_>,
    statement: &Statement,
    actor: &Actor,
    new: &NewTicket,
    filed: &Filed<'_>,
    key: &str,
    at: DateTime<Utc>,
) -> Result<Option<i64>> {
    let (scope, dedupe_key) = filed.dedupe_columns();
    let id = tx
        .query_opt(
            statement,
            &[
                &key,
                &new.title.trim(),
                &new.description,
                &new.kind.unwrap_or(TicketType::Question).as_str(),
                &filed.priority,
                &filed.department,
                &new.service,
                &new.category,
                &new.project,
                &Status::New.as_str(),
                &Resolution::Open.as_str(),
                &filed.visibility.as_str(),
                &new.channel.unwrap_or(Channel::Api).as_str(),
                &actor.id,
                &actor.organisation_id,
                &at,
                &dedupe_key,
                &scope,
                &created_data(key, new).to_string(),
            ],
        )
        .await?;
    id.map(|row| row.try_get(0)).transpose().map_err(Into::into)
}

/// What `patch` changes in `row`: the columns to set and the changes to record.
async fn field_changes(
    tx: &Tx<'_>,
    row: &TicketRow,
    patch: &TicketPatch,
) -> Result<(Assignments, Vec<Change>)> {
    let description: Option<String> = match &patch.description {
        Some(_) => Some(
            query_one(
                tx,
                "SELECT description FROM tickets WHERE id = $1",
                &[&row.id],
            )
            .await?
            .try_get(0)?,
        ),
        None => None,
    };
    let (mut assignments, mut changed) =
        tickets::field_changes(&row.ticket, description.as_deref(), patch);
    if let Some(name) = patch.assignee.as_deref() {
        let assignee = if name.is_empty() {
            None
        } else {
            let user = query_opt(tx, "SELECT id, role FROM users WHERE name = $1", &[&name])
                .await?
                .ok_or_else(|| Error::invalid("assignee", format!("no user '{name}'")))?;
            rules::may_be_assignee(name, rows::parsed(&user, 1)?)?;
            Some(user.try_get(0)?)
        };
        tickets::assignment_changes(
            &row.ticket,
            row.assignee_id,
            name,
            assignee,
            &mut assignments,
            &mut changed,
        );
    }
    Ok((assignments, changed))
}

#[cfg(test)]
pub(super) mod testing {
    //! Users for the tests of tickets, made in plain SQL.

    use super::PgStore;
    use crate::api::Role;
    use crate::server::store::Actor;

    /// A new user of `store` with `role`, in organisation `organisation` (made if need be).
    pub(crate) async fn user(
        store: &PgStore,
        name: &str,
        role: Role,
        organisation: Option<&str>,
    ) -> Actor {
        let client = store.inner.pool.get().await.unwrap();
        let organisation_id: Option<i64> = match organisation {
            Some(org) => Some(
                client
                    .query_one(
                        "INSERT INTO organisations (name, created_at) VALUES ($1, now())
                         ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id",
                        &[&org],
                    )
                    .await
                    .unwrap()
                    .get(0),
            ),
            None => None,
        };
        let id: i64 = client
            .query_one(
                "INSERT INTO users (name, email, role, organisation_id, created_at)
                 VALUES ($1, $1 || '@example.com', $2, $3, now()) RETURNING id",
                &[&name, &role.as_str(), &organisation_id],
            )
            .await
            .unwrap()
            .get(0);
        Actor {
            id,
            name: name.into(),
            email: format!("{name}@example.com"),
            role,
            organisation_id,
            organisation: organisation.map(str::to_owned),
        }
    }

    /// A store on a fresh database with one requester, or `None` without a test server.
    pub(crate) async fn store_with_requester() -> Option<(PgStore, Actor)> {
        let store = super::super::testing::store().await?;
        let ann = user(&store, "ann", Role::Requester, None).await;
        Some((store, ann))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{store_with_requester, user};
    use super::*;
    use crate::api::Role;
    use crate::server::store::shared::tickets::{CLOSED, OPEN};

    fn titled(title: &str) -> NewTicket {
        NewTicket {
            title: title.into(),
            description: "what happened".into(),
            ..NewTicket::default()
        }
    }

    /// The default list reads a page off an index in key order, never sorting every ticket:
    /// PostgreSQL proves the filters imply the partial indexes' conditions.
    #[tokio::test]
    async fn open_and_closed_lists_walk_an_index_in_key_order() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
        let mut client = store.inner.pool.get().await.unwrap();
        let tx = client.transaction().await.unwrap();
        // An empty table is read whole at once; what matters is that the index can serve.
        tx.batch_execute("SET LOCAL enable_seqscan = off")
            .await
            .unwrap();
        for (condition, index) in [(OPEN, "tickets_open"), (CLOSED, "tickets_closed")] {
            let sql = format!(
                "EXPLAIN {} WHERE {condition} ORDER BY t.id DESC LIMIT 31",
                rows::ticket_select(&ann)
            );
            let plan: Vec<String> = tx
                .query(sql.as_str(), &[&ann.id, &ann.organisation_id])
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            let plan = plan.join("\n");
            assert!(!plan.contains("Sort"), "{condition}: {plan}");
            assert!(
                plan.contains(&format!("Index Scan Backward using {index} ")),
                "{condition}: {plan}"
            );
        }
    }

    /// A store with a user of each scope, and two tickets: ann's CS-1 and bob's incident
    /// CS-2 in organisation acme, with a dedupe key.
    async fn two_tickets() -> Option<(PgStore, [Actor; 4])> {
        let (store, ann) = store_with_requester().await?;
        let agent = user(&store, "agent", Role::Agent, None).await;
        let bob = user(&store, "bob", Role::Requester, Some("acme")).await;
        let boss = user(&store, "boss", Role::OrgAdmin, Some("acme")).await;
        store
            .create_ticket(&ann, None, titled("one"))
            .await
            .unwrap();
        let incident = NewTicket {
            kind: Some(TicketType::Incident),
            dedupe_key: Some("k".into()),
            ..titled("two")
        };
        store.create_ticket(&bob, None, incident).await.unwrap();
        Some((store, [ann, agent, bob, boss]))
    }

    /// Every filter of a list is valid SQL with parameters of the right types, for each
    /// scope.
    #[tokio::test]
    async fn every_list_filter_runs_for_every_scope() {
        let Some((store, actors)) = two_tickets().await else {
            return;
        };
        let queries = [
            TicketQuery::default(),
            TicketQuery {
                status: Some("all".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                status: Some("closed".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                status: Some("new".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                kind: Some(TicketType::Incident),
                ..TicketQuery::default()
            },
            TicketQuery {
                priority: Some("low".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                assignee: Some("agent".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                requester: Some("bob".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                mine: Some(true),
                ..TicketQuery::default()
            },
            TicketQuery {
                organisation: Some("acme".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                waiting: Some(true),
                ..TicketQuery::default()
            },
            TicketQuery {
                updated: Some(true),
                ..TicketQuery::default()
            },
            TicketQuery {
                dedupe_key: Some("k".into()),
                ..TicketQuery::default()
            },
            TicketQuery {
                cursor: Some("t2".into()),
                limit: Some(1),
                ..TicketQuery::default()
            },
        ];
        for actor in &actors {
            for query in &queries {
                store
                    .list_tickets(actor, query.clone())
                    .await
                    .unwrap_or_else(|e| panic!("{} {query:?}: {e}", actor.name));
            }
        }
    }

    /// A filter filters, a page leads to the next, and showing a ticket makes it no longer
    /// news to its reader.
    #[tokio::test]
    async fn a_list_filters_and_pages_and_showing_a_ticket_marks_it_seen() {
        let Some((store, [ann, agent, _, boss])) = two_tickets().await else {
            return;
        };
        let mine = TicketQuery {
            my_organisation: Some(true),
            ..TicketQuery::default()
        };
        let page = store.list_tickets(&boss, mine).await.unwrap();
        assert_eq!(page.items.len(), 1);
        let keys = |page: TicketPage| page.items.into_iter().map(|t| t.key).collect::<Vec<_>>();
        let all = store
            .list_tickets(&agent, TicketQuery::default())
            .await
            .unwrap();
        assert_eq!(keys(all), ["CS-2", "CS-1"]);
        assert_eq!(
            keys(
                store
                    .list_tickets(&ann, TicketQuery::default())
                    .await
                    .unwrap()
            ),
            ["CS-1"],
            "a requester sees their own"
        );
        let incidents = TicketQuery {
            kind: Some(TicketType::Incident),
            ..TicketQuery::default()
        };
        assert_eq!(
            keys(store.list_tickets(&agent, incidents).await.unwrap()),
            ["CS-2"]
        );
        let first = TicketQuery {
            limit: Some(1),
            ..TicketQuery::default()
        };
        let page = store.list_tickets(&agent, first).await.unwrap();
        assert_eq!(page.next_cursor.as_deref(), Some("t2"));
        let next = TicketQuery {
            cursor: page.next_cursor,
            limit: Some(1),
            ..TicketQuery::default()
        };
        let page = store.list_tickets(&agent, next).await.unwrap();
        assert_eq!(
            (keys(page.clone()), page.next_cursor),
            (vec!["CS-1".to_owned()], None)
        );
        // The agent has not seen either ticket; once shown, one is no longer news.
        let updated = || TicketQuery {
            updated: Some(true),
            ..TicketQuery::default()
        };
        assert_eq!(
            store
                .list_tickets(&agent, updated())
                .await
                .unwrap()
                .items
                .len(),
            2
        );
        let shown = store.ticket(&agent, "CS-1", true).await.unwrap();
        assert!(shown.ticket.updated_since_seen);
        assert_eq!(shown.history.unwrap()[0].kind, "created");
        assert_eq!(
            keys(store.list_tickets(&agent, updated()).await.unwrap()),
            ["CS-2"]
        );
        assert!(
            !store
                .ticket(&agent, "CS-1", false)
                .await
                .unwrap()
                .ticket
                .updated_since_seen
        );
    }

    /// A patch applies under the ticket's lock, to the version its caller read; assigning
    /// moves the status along, and a ticket that changes nothing keeps its version.
    #[tokio::test]
    async fn an_update_applies_to_the_version_read_and_assigning_moves_the_status() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
        let agent = user(&store, "agent", Role::Agent, None).await;
        let opened = store
            .create_ticket(&ann, None, titled("one"))
            .await
            .unwrap();
        let version = opened.ticket.version;
        let retitle = TicketPatch {
            title: Some(" two ".into()),
            description: Some("more".into()),
            ..TicketPatch::default()
        };
        let stale = store
            .update_ticket(&ann, "CS-1", Some(vec![version + 1]), retitle.clone())
            .await
            .unwrap_err();
        assert!(matches!(stale, Error::PreconditionFailed(_)), "{stale}");
        let updated = store
            .update_ticket(&ann, "cs-1", Some(vec![version]), retitle.clone())
            .await
            .unwrap();
        assert_eq!(
            (updated.ticket.title.as_str(), updated.description.as_str()),
            ("two", "more")
        );
        assert_eq!(updated.ticket.version, version + 1);
        let same = store
            .update_ticket(&ann, "CS-1", None, retitle)
            .await
            .unwrap();
        assert_eq!(same.ticket.version, version + 1, "nothing changed");
        let assign = |name: &str| TicketPatch {
            assignee: Some(name.into()),
            ..TicketPatch::default()
        };
        let refused = store
            .update_ticket(&agent, "CS-1", None, assign("ann"))
            .await;
        assert!(matches!(refused, Err(Error::Invalid { .. })), "{refused:?}");
        let assigned = store
            .update_ticket(&agent, "CS-1", None, assign("agent"))
            .await
            .unwrap();
        assert_eq!(assigned.ticket.assignee.as_deref(), Some("agent"));
        assert_eq!(assigned.ticket.status, Status::Assigned);
        let history = store
            .ticket(&agent, "CS-1", true)
            .await
            .unwrap()
            .history
            .unwrap();
        assert_eq!(history.last().unwrap().kind, "assigned");
        let unassigned = store
            .update_ticket(&agent, "CS-1", None, assign(""))
            .await
            .unwrap();
        assert_eq!(
            (unassigned.ticket.assignee, unassigned.ticket.status),
            (None, Status::New)
        );
    }

    /// Keys are gapless and unique whichever of two replicas opens each ticket.
    #[tokio::test]
    async fn concurrent_openings_on_two_replicas_take_every_key_once() {
        let Some(url) = super::super::testing::database().await else {
            return;
        };
        let a = PgStore::open(&url, "CS").await.unwrap();
        let b = PgStore::open(&url, "CS").await.unwrap();
        let ann = user(&a, "ann", Role::Requester, None).await;
        let opened = futures_util::future::join_all((0..32).map(|i| {
            let (store, ann) = (if i % 2 == 0 { a.clone() } else { b.clone() }, ann.clone());
            async move {
                store
                    .create_ticket(&ann, None, titled(&format!("t{i}")))
                    .await
            }
        }))
        .await;
        let mut numbers: Vec<u32> = opened
            .into_iter()
            .map(|t| t.unwrap().ticket.key["CS-".len()..].parse().unwrap())
            .collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=32).collect::<Vec<_>>());
    }

    /// Openings made at once share one transaction: one that fails (it copies no such user,
    /// after its ticket was written) sends the batch one by one, a savepoint each, and leaves
    /// no ticket and no gap; the others stand. An opening's answer reads as `GET` reads the ticket.
    #[tokio::test]
    async fn a_failing_opening_in_a_batch_leaves_no_trace_and_no_gap() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
        let opened = futures_util::future::join_all((0..24).map(|i| {
            let (store, ann) = (store.clone(), ann.clone());
            let mut new = titled(&format!("t{i}"));
            if i % 3 == 1 {
                new.cc = vec!["nobody".into()];
            }
            async move { store.create_ticket(&ann, None, new).await }
        }))
        .await;
        let mut numbers = vec![];
        for (i, answer) in opened.into_iter().enumerate() {
            if i % 3 == 1 {
                assert!(answer.is_err(), "t{i} copies no such user");
                continue;
            }
            let answer = answer.unwrap();
            let read = store.ticket(&ann, &answer.ticket.key, false).await.unwrap();
            assert_eq!(
                serde_json::to_value(&answer).unwrap(),
                serde_json::to_value(&read).unwrap()
            );
            numbers.push(answer.ticket.key["CS-".len()..].parse::<u32>().unwrap());
        }
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
        let client = store.inner.pool.get().await.unwrap();
        let (tickets, events): (i64, i64) = {
            let row = client
                .query_one(
                    "SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM events)",
                    &[],
                )
                .await
                .unwrap();
            (row.get(0), row.get(1))
        };
        assert_eq!((tickets, events), (16, 16));
    }

    /// Requests sent at once with one idempotency key, among other openings, open one
    /// ticket: in one batch, the first runs and the others replay it; no key number is lost.
    #[tokio::test]
    async fn requests_at_once_with_one_idempotency_key_open_one_ticket() {
        let Some((store, ann)) = store_with_requester().await else {
            return;
        };
        let retried = titled("retried");
        let opened = futures_util::future::join_all((0..12).map(|i| {
            let (store, ann) = (store.clone(), ann.clone());
            let (new, idem) = if i % 2 == 0 {
                let idem = Idempotency::new("retry".into(), "create", &retried);
                (retried.clone(), Some(idem))
            } else {
                (titled(&format!("t{i}")), None)
            };
            async move { store.create_ticket(&ann, idem, new).await.unwrap() }
        }))
        .await;
        let replayed: Vec<_> = opened.iter().step_by(2).map(|d| &d.ticket.key).collect();
        assert!(
            replayed.iter().all(|key| *key == replayed[0]),
            "{replayed:?}"
        );
        let mut numbers: Vec<u32> = opened
            .iter()
            .map(|d| d.ticket.key["CS-".len()..].parse().unwrap())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers, (1..=7).collect::<Vec<_>>());
    }
}
