//! Tickets: opening, listing, reading and changing their fields (assignment included).

use std::fmt::Write as _;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::SqliteStore;
use super::attachments::attach;
use super::dedupe;
use super::history::{append_event, change, changes, history, mark_seen};
use super::next_number;
use super::relations::watch;
use super::rows::{self, TicketRow, stamp};
use crate::api::{
    Change, Channel, NewTicket, Resolution, Status, TicketDetail, TicketPage, TicketPatch,
    TicketQuery, TicketType, Visibility,
};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::rules::{Party, Scope};
use crate::server::store::{Actor, Idempotency, TicketStore};

const DEFAULT_PAGE: u32 = 50;
const MAX_PAGE: u32 = 100;

/// Re-reads a ticket after a change, as its caller sees it.
pub(super) fn reload(conn: &Connection, actor: &Actor, key: &str) -> Result<TicketDetail> {
    let row = rows::visible_ticket(conn, actor, key)?;
    rows::detail(conn, actor, row)
}

/// The list filters for "open" and "closed", word for word the conditions of the partial
/// indexes that serve them (migration 004).
const OPEN: &str = "t.status NOT IN ('resolved', 'closed')";
const CLOSED: &str = "t.status NOT IN ('new', 'feedback', 'confirmed', 'assigned', 'escalated')";

/// A list's `status` filter as a condition on `t.status`; `None` for all.
fn status_condition(status: Option<&str>) -> Result<Option<String>> {
    match status.unwrap_or("open") {
        "all" => Ok(None),
        "open" => Ok(Some(OPEN.to_owned())),
        "closed" => Ok(Some(CLOSED.to_owned())),
        other => other
            .parse::<Status>()
            .map(|s| Some(format!("t.status = '{s}'")))
            .map_err(|e| Error::invalid("status", format!("{e}, or open, closed, all"))),
    }
}

fn decode_cursor(cursor: &str) -> Result<i64> {
    cursor
        .strip_prefix('t')
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| Error::invalid("cursor", "this cursor was not issued by this service"))
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
        let priority = match new.priority.clone() {
            Some(p) => p,
            None => catalogue
                .priorities
                .first()
                .map(|p| p.name.clone())
                .ok_or_else(|| Error::internal("no priorities"))?,
        };
        let department = match new.department.clone() {
            Some(d) => d,
            None => catalogue
                .departments
                .first()
                .map(|d| d.name.clone())
                .ok_or_else(|| Error::internal("no departments"))?,
        };
        let prefix = self.inner.ticket_prefix.clone();
        let actor = actor.clone();
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let visibility = new.visibility.unwrap_or(Visibility::Organisation);
            let dedupe = new
                .dedupe_key
                .as_deref()
                .map(|key| (rules::dedupe_scope_of(&actor, visibility), key));
            let filed = Filed {
                prefix: &prefix,
                priority: &priority,
                department: &department,
                visibility,
                dedupe,
            };
            // Where another backend lets the ticket holding the key close between the insert
            // that meets it and the read that finds it, the insert is tried again. SQLite's one
            // writer never gets there.
            for _ in 0..3 {
                if let Some((ticket_id, key)) = insert_ticket(conn, &actor, &new, &filed, at)? {
                    return open_ticket(conn, &actor, &new, ticket_id, &key, at);
                }
                let Some((scope, dedupe_key)) = &filed.dedupe else {
                    return Err(Error::internal(
                        "a ticket without a dedupe key met the dedupe index",
                    ));
                };
                if let Some(key) = dedupe::holder(conn, scope, dedupe_key)? {
                    return dedupe::record_occurrence(conn, &actor, &key, &new, at);
                }
            }
            Err(Error::Conflict(
                "the ticket holding this dedupe key keeps changing; try again".into(),
            ))
        })
        .await
    }

    async fn list_tickets(&self, actor: &Actor, query: TicketQuery) -> Result<TicketPage> {
        let status = status_condition(query.status.as_deref())?;
        let after = query.cursor.as_deref().map(decode_cursor).transpose()?;
        let limit = query.limit.unwrap_or(DEFAULT_PAGE);
        if !(1..=MAX_PAGE).contains(&limit) {
            return Err(Error::invalid(
                "limit",
                format!("the page size is 1 to {MAX_PAGE}"),
            ));
        }
        if query.my_organisation == Some(true) {
            rules::own_organisation(actor)?;
        }
        let actor = actor.clone();
        self.read(move |conn| {
            let mut sql = format!("{} WHERE 1 = 1", rows::ticket_select(&actor));
            let mut args: Vec<rusqlite::types::Value> =
                vec![actor.id.into(), actor.organisation_id.into()];
            let mut bind = |sql: &mut String, clause: &str, value: rusqlite::types::Value| {
                args.push(value);
                sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
            };
            // The SQL twin of `rules::can_view`.
            match rules::scope(&actor) {
                Scope::Everything => {}
                // ?1 is the caller, ?2 their organisation (see `rows::ticket_select`).
                Scope::Requester { .. } => {
                    let _ = write!(
                        sql,
                        " AND (t.requester_id = ?1 OR {WATCHING} OR (t.organisation_id = ?2 AND t.visibility = '{}'))",
                        Visibility::Organisation
                    );
                }
                Scope::Organisation { .. } => {
                    let _ = write!(
                        sql,
                        " AND (t.requester_id = ?1 OR {WATCHING} OR t.organisation_id = ?2)"
                    );
                }
            }
            if let Some(status) = status {
                sql.push_str(" AND ");
                sql.push_str(&status);
            }
            if let Some(kind) = query.kind {
                bind(&mut sql, " AND t.type = ?", kind.as_str().to_owned().into());
            }
            if let Some(priority) = query.priority {
                bind(&mut sql, " AND t.priority = ?", priority.into());
            }
            if let Some(name) = query.assignee {
                bind(&mut sql, " AND a.name = ?", name.into());
            }
            if let Some(name) = query.requester {
                bind(&mut sql, " AND r.name = ?", name.into());
            }
            if query.mine == Some(true) {
                sql.push_str(" AND (t.requester_id = ?1 OR t.assignee_id = ?1)");
            }
            if let Some(name) = query.organisation {
                bind(&mut sql, " AND o.name = ?", name.into());
            }
            if query.my_organisation == Some(true) {
                sql.push_str(" AND t.organisation_id = ?2");
            }
            if query.waiting == Some(true) {
                sql.push_str(" AND waiting_for_you");
            }
            if query.updated == Some(true) {
                sql.push_str(" AND updated_since_seen");
            }
            if let Some(key) = query.dedupe_key {
                bind(&mut sql, " AND t.dedupe_key = ?", key.into());
            }
            if let Some(after) = after {
                bind(&mut sql, " AND t.id < ?", after.into());
            }
            let _ = write!(sql, " ORDER BY t.id DESC LIMIT {}", limit + 1);
            let mut statement = conn.prepare_cached(&sql)?;
            // The caller's organisation (?2) goes unused by some queries (an agent's, unfiltered),
            // and SQLite counts only the parameters a statement names.
            let named = statement.parameter_count();
            let mut items: Vec<TicketRow> = statement
                .query_map(rusqlite::params_from_iter(args.into_iter().take(named)), rows::ticket_row)?
                .collect::<rusqlite::Result<_>>()?;
            let next_cursor = if items.len() > limit as usize {
                items.truncate(limit as usize);
                items.last().map(|row| format!("t{}", row.id))
            } else {
                None
            };
            Ok(TicketPage {
                items: items.into_iter().map(|row| row.ticket).collect(),
                next_cursor,
            })
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
            if expected_versions.is_some_and(|v| !v.contains(&row.ticket.version)) {
                return Err(Error::PreconditionFailed(format!(
                    "{key} changed since you read it (it is at version {}); read it again",
                    row.ticket.version
                )));
            }
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
            values.extend(assignments.into_iter().map(|(_, v)| v));
            conn.execute(
                &format!("UPDATE tickets SET {columns} WHERE id = ?1"),
                rusqlite::params_from_iter(values),
            )?;
            let kind = if patch.assignee.is_some() {
                "assigned"
            } else {
                "updated"
            };
            append_event(conn, row.id, kind, &actor, &changes(&changed), at)?;
            reload(conn, &actor, &key)
        })
        .await
    }
}

/// What a new ticket is filed with besides the request: the defaults it takes, and its
/// dedupe scope and key.
struct Filed<'a> {
    prefix: &'a str,
    priority: &'a str,
    department: &'a str,
    visibility: Visibility,
    dedupe: Option<(String, &'a str)>,
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
        let key = format!("{}-{}", filed.prefix, next_number(conn, "ticket")?);
        let (scope, dedupe_key) = filed
            .dedupe
            .as_ref()
            .map(|(s, k)| (Some(s.as_str()), Some(*k)))
            .unwrap_or_default();
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
    // Whoever files a ticket is its requester, or support filing it.
    let party = if rules::is_staff(actor) {
        Party::Staff
    } else {
        Party::Requester
    };
    for name in &new.cc {
        watch(conn, actor, party, ticket_id, name).map_err(|e| match e {
            Error::NotFound(message) => Error::invalid("cc", message),
            other => other,
        })?;
    }
    attach(conn, actor, ticket_id, None, &new.attachments, at)?;
    let mut data = json!({ "key": key });
    if let Some(dedupe_key) = &new.dedupe_key {
        data["dedupe_key"] = json!(dedupe_key);
    }
    append_event(conn, ticket_id, "created", actor, &data, at)?;
    let mut detail = reload(conn, actor, key)?;
    // Said only to who asked: any other answer reads exactly as `GET` does.
    detail.deduplicated = new.dedupe_key.is_some().then_some(false);
    Ok(detail)
}

type Assignments = Vec<(&'static str, rusqlite::types::Value)>;

/// What `patch` changes in `row`: the columns to set and the changes to record. A value equal
/// to the one held changes nothing.
fn field_changes(
    conn: &Connection,
    row: &TicketRow,
    patch: &TicketPatch,
) -> Result<(Assignments, Vec<Change>)> {
    let t = &row.ticket;
    let description: Option<String> = match &patch.description {
        Some(_) => Some(
            conn.prepare_cached("SELECT description FROM tickets WHERE id = ?1")?
                .query_row([row.id], |r| r.get(0))?,
        ),
        None => None,
    };
    // Each column is named as its field, and is (held, asked for).
    let fields = [
        (
            "title",
            Some(t.title.as_str()),
            patch.title.as_deref().map(str::trim),
        ),
        (
            "description",
            description.as_deref(),
            patch.description.as_deref(),
        ),
        (
            "type",
            Some(t.kind.as_str()),
            patch.kind.map(TicketType::as_str),
        ),
        ("priority", Some(&t.priority), patch.priority.as_deref()),
        (
            "department",
            Some(&t.department),
            patch.department.as_deref(),
        ),
        ("service", t.service.as_deref(), patch.service.as_deref()),
        ("category", t.category.as_deref(), patch.category.as_deref()),
        ("project", t.project.as_deref(), patch.project.as_deref()),
        (
            "visibility",
            Some(t.visibility.as_str()),
            patch.visibility.map(Visibility::as_str),
        ),
    ];
    let mut assignments: Assignments = Vec::new();
    let mut changed = Vec::new();
    for (field, held, asked) in fields {
        if let Some(new) = asked
            && held != Some(new)
        {
            assignments.push((field, new.to_owned().into()));
            // A description is long and may be private: that it changed is recorded, not how.
            changed.push(if field == "description" {
                change(field, None, None)
            } else {
                change(field, held, Some(new))
            });
        }
    }
    if let Some(name) = patch.assignee.as_deref() {
        assignment_changes(conn, row, name, &mut assignments, &mut changed)?;
    }
    Ok((assignments, changed))
}

/// The columns and changes of assigning `row` to `name` (nobody when empty), and the status
/// that follows.
fn assignment_changes(
    conn: &Connection,
    row: &TicketRow,
    name: &str,
    assignments: &mut Assignments,
    changed: &mut Vec<Change>,
) -> Result<()> {
    let t = &row.ticket;
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
    if assignee == row.assignee_id {
        return Ok(());
    }
    assignments.push(("assignee_id", assignee.into()));
    changed.push(change(
        "assignee",
        t.assignee.as_deref(),
        assignee.map(|_| name),
    ));
    let status = rules::status_on_assignment(row.status(), assignee.is_some());
    if status != row.status() {
        assignments.push(("status", status.as_str().to_owned().into()));
        changed.push(change(
            "status",
            Some(t.status.as_str()),
            Some(status.as_str()),
        ));
    }
    Ok(())
}

/// The caller watches the ticket: its SQL twin in `rules::can_view`.
const WATCHING: &str =
    "EXISTS (SELECT 1 FROM watchers w WHERE w.ticket_id = t.id AND w.user_id = ?1)";

#[cfg(test)]
mod tests {
    use super::super::connect;
    use super::*;

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

    #[test]
    fn the_open_and_closed_filters_name_the_statuses_that_are_and_are_not_open() {
        let listed = |open: bool| {
            let statuses: Vec<String> = Status::ALL
                .iter()
                .filter(|s| s.is_open() == open)
                .map(|s| format!("'{s}'"))
                .collect();
            statuses.join(", ")
        };
        assert_eq!(OPEN, format!("t.status NOT IN ({})", listed(false)));
        assert_eq!(CLOSED, format!("t.status NOT IN ({})", listed(true)));
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
