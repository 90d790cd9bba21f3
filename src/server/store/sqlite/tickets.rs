//! Tickets: opening, listing, reading, changing, closing and reopening.

use std::fmt::Write as _;

use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::SqliteStore;
use super::attachments::attach;
use super::escalations::end_escalations;
use super::history::append_event;
use super::next_number;
use super::rows::{self, TicketRow, stamp};
use super::thread::insert_comment;
use crate::api::{
    Channel, CloseTicket, NewTicket, ReopenTicket, Resolution, Status, TicketDetail, TicketPage,
    TicketPatch, TicketQuery, TicketType, Visibility,
};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::rules::Scope;
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
            let key = format!("{prefix}-{}", next_number(conn, "ticket")?);
            let ticket_id: i64 = conn
                .prepare_cached(
                    "INSERT INTO tickets (key, title, description, type, priority, department, service, category,
                        project, status, resolution, visibility, channel, requester_id, organisation_id,
                        created_at, updated_at, version)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, 0)
                     RETURNING id",
                )?
                .query_row(
                    params![
                        key,
                        new.title.trim(),
                        new.description,
                        new.kind.unwrap_or(TicketType::Question).as_str(),
                        priority,
                        department,
                        new.service,
                        new.category,
                        new.project,
                        Status::New.as_str(),
                        Resolution::Open.as_str(),
                        new.visibility.unwrap_or(Visibility::Organisation).as_str(),
                        new.channel.unwrap_or(Channel::Api).as_str(),
                        actor.id,
                        actor.organisation_id,
                        stamp(at),
                    ],
                    |r| r.get(0),
                )?;
            attach(conn, &actor, ticket_id, None, &new.attachments, at)?;
            append_event(conn, ticket_id, "created", &actor, &json!({ "key": key }), at)?;
            reload(conn, &actor, &key)
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
        let actor = actor.clone();
        self.read(move |conn| {
            let mut sql = format!("{} WHERE 1 = 1", rows::TICKET_SELECT);
            let mut args: Vec<rusqlite::types::Value> = Vec::new();
            let mut bind = |sql: &mut String, clause: &str, value: rusqlite::types::Value| {
                args.push(value);
                sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
            };
            // The SQL twin of `rules::can_view`.
            match rules::scope(&actor) {
                Scope::Everything => {}
                Scope::Requester { user, organisation } => {
                    bind(&mut sql, " AND (t.requester_id = ?", user.into());
                    bind(
                        &mut sql,
                        &format!(
                            " OR (t.organisation_id = ? AND t.visibility = '{}'))",
                            Visibility::Organisation
                        ),
                        organisation.into(),
                    );
                }
                Scope::Organisation { user, organisation } => {
                    bind(&mut sql, " AND (t.requester_id = ?", user.into());
                    bind(&mut sql, " OR t.organisation_id = ?)", organisation.into());
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
                bind(
                    &mut sql,
                    " AND (t.requester_id = ? OR t.assignee_id = ?)",
                    actor.id.into(),
                );
            }
            if let Some(after) = after {
                bind(&mut sql, " AND t.id < ?", after.into());
            }
            let _ = write!(sql, " ORDER BY t.id DESC LIMIT {}", limit + 1);
            let mut items: Vec<TicketRow> = conn
                .prepare_cached(&sql)?
                .query_map(rusqlite::params_from_iter(args), rows::ticket_row)?
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

    async fn ticket(&self, actor: &Actor, key: &str) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.read(move |conn| reload(conn, &actor, &key)).await
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
            rules::may_edit(&actor, row.ownership(), &key, row.status(), &patch)?;
            let mut sets: Vec<(&str, rusqlite::types::Value)> = Vec::new();
            let mut set = |column: &'static str, value: Option<rusqlite::types::Value>| {
                if let Some(value) = value {
                    sets.push((column, value));
                }
            };
            set(
                "title",
                patch.title.clone().map(|t| t.trim().to_owned().into()),
            );
            set("description", patch.description.clone().map(Into::into));
            set("type", patch.kind.map(|k| k.as_str().to_owned().into()));
            set("priority", patch.priority.clone().map(Into::into));
            set("department", patch.department.clone().map(Into::into));
            set("service", patch.service.clone().map(Into::into));
            set("category", patch.category.clone().map(Into::into));
            set("project", patch.project.clone().map(Into::into));
            if let Some(name) = patch.assignee.as_deref() {
                let assignee = if name.is_empty() {
                    rusqlite::types::Value::Null
                } else {
                    let (id, role) = conn
                        .prepare_cached("SELECT id, role FROM users WHERE name = ?1")?
                        .query_row([name], |r| Ok((r.get::<_, i64>(0)?, rows::parsed(r, 1)?)))
                        .optional()?
                        .ok_or_else(|| Error::invalid("assignee", format!("no user '{name}'")))?;
                    rules::may_be_assignee(name, role)?;
                    id.into()
                };
                set("assignee_id", Some(assignee));
                let status = rules::status_on_assignment(row.status(), !name.is_empty());
                if status != row.status() {
                    set("status", Some(status.as_str().to_owned().into()));
                }
            }
            if sets.is_empty() {
                return rows::detail(conn, &actor, row);
            }
            let assignments = sets
                .iter()
                .enumerate()
                .map(|(i, (c, _))| format!("{c} = ?{}", i + 2))
                .collect::<Vec<_>>()
                .join(", ");
            let mut values: Vec<rusqlite::types::Value> = vec![row.id.into()];
            values.extend(sets.into_iter().map(|(_, v)| v));
            conn.execute(
                &format!("UPDATE tickets SET {assignments} WHERE id = ?1"),
                rusqlite::params_from_iter(values),
            )?;
            append_event(
                conn,
                row.id,
                "updated",
                &actor,
                &serde_json::to_value(&patch).map_err(Error::internal)?,
                at,
            )?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn close_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        mut close: CloseTicket,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        close.duplicate_of = close.duplicate_of.map(|original| self.key(&original));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let resolution = rules::close(&actor, row.ownership(), &key, row.status(), &close)?;
            // The original is named as the caller sees it: one they may not see is missing.
            if let Some(original) = &close.duplicate_of {
                rows::visible_ticket(conn, &actor, original)?;
            }
            if let Some(comment) = close.comment.as_deref().filter(|c| !c.trim().is_empty()) {
                insert_comment(conn, &actor, row.id, comment, false, at)?;
            }
            conn.prepare_cached("UPDATE tickets SET status = ?2, resolution = ?3, duplicate_of = ?4, closed_at = ?5 WHERE id = ?1")?
                .execute(params![row.id, Status::Closed.as_str(), resolution.as_str(), close.duplicate_of, stamp(at)])?;
            end_escalations(conn, row.id, at)?;
            append_event(conn, row.id, "closed", &actor, &json!({ "resolution": resolution }), at)?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn reopen_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reopen: ReopenTicket,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let status = rules::reopen(&actor, row.ownership(), &key, row.status(), row.assignee_id.is_some())?;
            if let Some(comment) = reopen.comment.as_deref().filter(|c| !c.trim().is_empty()) {
                insert_comment(conn, &actor, row.id, comment, false, at)?;
            }
            conn.prepare_cached(
                "UPDATE tickets SET status = ?2, resolution = ?3, duplicate_of = NULL, closed_at = NULL WHERE id = ?1",
            )?
            .execute(params![row.id, status.as_str(), Resolution::Reopened.as_str()])?;
            append_event(conn, row.id, "reopened", &actor, &json!({ "status": status }), at)?;
            reload(conn, &actor, &key)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::super::connect;
    use super::*;

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
                    rows::TICKET_SELECT
                ))
                .unwrap()
                .query_map([], |r| r.get(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let plan = plan.join("; ");
            assert!(!plan.contains("TEMP B-TREE"), "{condition}: {plan}");
            assert!(plan.contains("USING INDEX tickets_"), "{condition}: {plan}");
        }
    }
}
