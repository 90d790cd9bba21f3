//! Tickets: opening, listing, reading and changing their fields (assignment included).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::SqliteStore;
use super::attachments::attach;
use super::dedupe;
use super::history::{append_event, changes, history, mark_seen};
use super::next_number;
use super::relations::watch;
use super::rows::{self, TicketRow, stamp};
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

/// Re-reads a ticket after a change, as its caller sees it.
pub(super) fn reload(conn: &Connection, actor: &Actor, key: &str) -> Result<TicketDetail> {
    let row = rows::visible_ticket(conn, actor, key)?;
    rows::detail(conn, actor, row)
}

#[async_trait]
impl TicketStore for SqliteStore {
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
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let filed = Filed::new(&actor, &new, &prefix, &priority, &department);
            // Where another backend lets the ticket holding the key close between the insert
            // that meets it and the read that finds it, the insert is tried again. SQLite's one
            // writer never gets there.
            for _ in 0..3 {
                if let Some((ticket_id, key)) = insert_ticket(conn, &actor, &new, &filed, at)? {
                    return open_ticket(conn, &actor, &new, ticket_id, &key, at);
                }
                let (scope, dedupe_key) = filed.refused()?;
                if let Some(key) = dedupe::holder(conn, scope, dedupe_key)? {
                    return dedupe::record_occurrence(conn, &actor, &key, &new, at);
                }
            }
            Err(dedupe_holder_kept_changing())
        })
        .await
    }

    async fn list_tickets(&self, actor: &Actor, query: TicketQuery) -> Result<TicketPage> {
        let listing = Listing::new(actor, query)?;
        let limit = listing.limit;
        let actor = actor.clone();
        self.read(move |conn| {
            let dialect = Dialect {
                marker: '?',
                waiting: "waiting_for_you",
                updated: "updated_since_seen",
            };
            let (conditions, values) = list_conditions(&actor, listing, &dialect);
            let sql = format!("{} WHERE 1 = 1{conditions}", rows::ticket_select(&actor));
            let mut args: Vec<rusqlite::types::Value> =
                vec![actor.id.into(), actor.organisation_id.into()];
            args.extend(values.into_iter().map(value));
            let mut statement = conn.prepare_cached(&sql)?;
            // The caller's organisation (?2) goes unused by some queries (an agent's, unfiltered),
            // and SQLite counts only the parameters a statement names.
            let named = statement.parameter_count();
            let items: Vec<TicketRow> = statement
                .query_map(
                    rusqlite::params_from_iter(args.into_iter().take(named)),
                    rows::ticket_row,
                )?
                .collect::<rusqlite::Result<_>>()?;
            Ok(page(items, limit, |row| (row.id, row.ticket)))
        })
        .await
    }

    async fn ticket(&self, actor: &Actor, key: &str, with_history: bool) -> Result<TicketDetail> {
        let (reader, key) = (actor.clone(), self.key(key));
        let mut detail = self
            .read(move |conn| {
                let row = rows::visible_ticket(conn, &reader, &key)?;
                let id = row.id;
                let mut detail = rows::detail(conn, &reader, row)?;
                if with_history {
                    detail.history = Some(history(conn, id, rules::sees_internal(&reader))?);
                }
                Ok((id, detail))
            })
            .await?;
        // Showing a ticket marks it seen: a write only when there is something new to see.
        let (id, ref mut shown) = detail;
        if shown.ticket.updated_since_seen {
            let (user, version) = (actor.id, shown.ticket.version);
            self.inner
                .writer
                .write(move |conn| mark_seen(conn, user, id, version))
                .await?;
        }
        Ok(detail.1)
    }

    async fn update_ticket(
        &self,
        actor: &Actor,
        key: &str,
        expected_versions: Option<Vec<u64>>,
        patch: TicketPatch,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            check_version(expected_versions.as_deref(), &key, row.ticket.version)?;
            rules::may_edit(row.party(&actor), &key, row.status(), &patch)?;
            let (assignments, mut changed) = field_changes(conn, &row, &patch)?;
            if changed.is_empty() {
                return rows::detail(conn, &actor, row);
            }
            // A ticket its organisation no longer sees (or now sees) shares its key with
            // others (`rules::dedupe_scope`).
            if let Some(visibility) = patch.visibility.filter(|v| *v != row.ticket.visibility) {
                let scope = rules::dedupe_scope(row.requester_id, row.organisation_id, visibility);
                let key = row.ticket.dedupe_key.as_deref();
                changed.extend(dedupe::settle_key(
                    conn,
                    row.id,
                    key,
                    &scope,
                    row.status().is_open(),
                )?);
            }
            let columns = assignments
                .iter()
                .enumerate()
                .map(|(i, (c, _))| format!("{c} = ?{}", i + 2))
                .collect::<Vec<_>>()
                .join(", ");
            let mut values: Vec<rusqlite::types::Value> = vec![row.id.into()];
            values.extend(assignments.into_iter().map(|(_, v)| value(v)));
            conn.execute(
                &format!("UPDATE tickets SET {columns} WHERE id = ?1"),
                rusqlite::params_from_iter(values),
            )?;
            let kind = update_kind(&patch);
            append_event(conn, row.id, kind, &actor, &changes(&changed), at)?;
            reload(conn, &actor, &key)
        })
        .await
    }
}

/// Inserts the ticket under the next key; `None`, with nothing changed (no key used up), when
/// an open ticket of its scope holds its dedupe key.
fn insert_ticket(
    conn: &Connection,
    actor: &Actor,
    new: &NewTicket,
    filed: &Filed<'_>,
    at: DateTime<Utc>,
) -> Result<Option<(i64, String)>> {
    // The savepoint gives the number back when the insert does not happen: keys have no gaps.
    conn.execute_batch("SAVEPOINT new_ticket")?;
    let inserted = (|| -> Result<Option<(i64, String)>> {
        let key = filed.key(next_number(conn, "ticket")?);
        let (scope, dedupe_key) = filed.dedupe_columns();
        let id: Option<i64> = conn
            .prepare_cached(&format!(
                "INSERT INTO tickets (key, title, description, type, priority, department, service, category,
                    project, status, resolution, visibility, channel, requester_id, organisation_id,
                    created_at, updated_at, version, dedupe_key, dedupe_scope, last_seen_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, 0, ?17, ?18,
                    CASE WHEN ?17 IS NULL THEN NULL ELSE ?16 END)
                 ON CONFLICT (dedupe_scope, dedupe_key) WHERE {} DO NOTHING
                 RETURNING id",
                dedupe::HOLDS_KEY
            ))?
            .query_row(
                params![
                    key,
                    new.title.trim(),
                    new.description,
                    new.kind.unwrap_or(TicketType::Question).as_str(),
                    filed.priority,
                    filed.department,
                    new.service,
                    new.category,
                    new.project,
                    Status::New.as_str(),
                    Resolution::Open.as_str(),
                    filed.visibility.as_str(),
                    new.channel.unwrap_or(Channel::Api).as_str(),
                    actor.id,
                    actor.organisation_id,
                    stamp(at),
                    dedupe_key,
                    scope,
                ],
                |r| r.get(0),
            )
            .optional()?;
        Ok(id.map(|id| (id, key)))
    })();
    let end = match &inserted {
        Ok(Some(_)) => "RELEASE new_ticket",
        _ => "ROLLBACK TO new_ticket; RELEASE new_ticket",
    };
    conn.execute_batch(end)?;
    inserted
}

/// The rest of opening ticket `key`, once inserted: its watchers, attachments and event.
fn open_ticket(
    conn: &Connection,
    actor: &Actor,
    new: &NewTicket,
    ticket_id: i64,
    key: &str,
    at: DateTime<Utc>,
) -> Result<TicketDetail> {
    let party = filer(actor);
    for name in &new.cc {
        watch(conn, actor, party, ticket_id, name).map_err(cc_error)?;
    }
    attach(conn, actor, ticket_id, None, &new.attachments, at)?;
    append_event(
        conn,
        ticket_id,
        "created",
        actor,
        &created_data(key, new),
        at,
    )?;
    let mut detail = reload(conn, actor, key)?;
    // Said only to who asked: any other answer reads exactly as `GET` does.
    detail.deduplicated = new.dedupe_key.is_some().then_some(false);
    Ok(detail)
}

/// What `patch` changes in `row`: the columns to set and the changes to record.
fn field_changes(
    conn: &Connection,
    row: &TicketRow,
    patch: &TicketPatch,
) -> Result<(Assignments, Vec<Change>)> {
    let description: Option<String> = match &patch.description {
        Some(_) => Some(
            conn.prepare_cached("SELECT description FROM tickets WHERE id = ?1")?
                .query_row([row.id], |r| r.get(0))?,
        ),
        None => None,
    };
    let (mut assignments, mut changed) =
        tickets::field_changes(&row.ticket, description.as_deref(), patch);
    if let Some(name) = patch.assignee.as_deref() {
        let assignee = if name.is_empty() {
            None
        } else {
            let (id, role) = conn
                .prepare_cached("SELECT id, role FROM users WHERE name = ?1")?
                .query_row([name], |r| Ok((r.get::<_, i64>(0)?, rows::parsed(r, 1)?)))
                .optional()?
                .ok_or_else(|| Error::invalid("assignee", format!("no user '{name}'")))?;
            rules::may_be_assignee(name, role)?;
            Some(id)
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

/// A value as a parameter.
fn value(value: Value) -> rusqlite::types::Value {
    match value {
        Value::Text(text) => text.into(),
        Value::Id(id) => id.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::connect;
    use super::*;
    use crate::server::store::shared::tickets::{CLOSED, OPEN};

    fn agent() -> Actor {
        Actor {
            id: 1,
            name: "agent".into(),
            email: String::new(),
            role: crate::api::Role::Agent,
            organisation_id: None,
            organisation: None,
        }
    }

    /// The default list reads a page off an index in key order, never sorting every ticket.
    #[test]
    fn open_and_closed_lists_walk_an_index_in_key_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.db"), "CS").unwrap();
        let conn = connect(&store.inner.path).unwrap();
        for condition in [OPEN, CLOSED] {
            let plan: Vec<String> = conn
                .prepare(&format!(
                    "EXPLAIN QUERY PLAN {} WHERE {condition} ORDER BY t.id DESC LIMIT 31",
                    rows::ticket_select(&agent())
                ))
                .unwrap()
                .query_map(params![1], |r| r.get(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let plan = plan.join("; ");
            assert!(!plan.contains("TEMP B-TREE"), "{condition}: {plan}");
            assert!(plan.contains("USING INDEX tickets_"), "{condition}: {plan}");
        }
    }
}
