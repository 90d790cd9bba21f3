//! What both backends share of tickets: a list's filters and pages, a new ticket's defaults
//! and event, and what a patch changes.

use std::fmt::Write as _;

use serde_json::json;

use super::history::change;
use crate::api::{
    Catalogue, Change, NewTicket, Status, Ticket, TicketPage, TicketPatch, TicketQuery, TicketType,
    Visibility,
};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Party, Scope};
use crate::server::store::Actor;

const DEFAULT_PAGE: u32 = 50;
const MAX_PAGE: u32 = 100;

/// The list filters for "open" and "closed", word for word the conditions of the partial
/// indexes that serve them (SQLite's migration 004, PostgreSQL's schema).
pub(crate) const OPEN: &str = "t.status NOT IN ('resolved', 'closed')";
pub(crate) const CLOSED: &str =
    "t.status NOT IN ('new', 'feedback', 'confirmed', 'assigned', 'escalated')";

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

/// The id a list's cursor continues below.
fn decode_cursor(cursor: &str) -> Result<i64> {
    cursor
        .strip_prefix('t')
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| Error::invalid("cursor", "this cursor was not issued by this service"))
}

/// A list's page size, as asked or the default.
fn page_size(limit: Option<u32>) -> Result<u32> {
    let limit = limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(Error::invalid(
            "limit",
            format!("the page size is 1 to {MAX_PAGE}"),
        ));
    }
    Ok(limit)
}

/// A page of `limit` tickets out of the `limit + 1` rows read (newest first), and the cursor
/// to the next page when there is one; `split` gives a row's id and ticket.
pub(crate) fn page<T>(rows: Vec<T>, limit: u32, split: impl Fn(T) -> (i64, Ticket)) -> TicketPage {
    let more = rows.len() > limit as usize;
    let mut last = None;
    let items = rows
        .into_iter()
        .take(limit as usize)
        .map(|row| {
            let (id, ticket) = split(row);
            last = Some(id);
            ticket
        })
        .collect();
    TicketPage {
        items,
        next_cursor: last.filter(|_| more).map(|id| format!("t{id}")),
    }
}

/// A list asked for, checked: its status condition, the id it continues below, its page
/// size, and its other filters.
pub(crate) struct Listing {
    pub(crate) status: Option<String>,
    pub(crate) after: Option<i64>,
    pub(crate) limit: u32,
    pub(crate) query: TicketQuery,
}

impl Listing {
    pub(crate) fn new(actor: &Actor, query: TicketQuery) -> Result<Self> {
        let status = status_condition(query.status.as_deref())?;
        let after = query.cursor.as_deref().map(decode_cursor).transpose()?;
        let limit = page_size(query.limit)?;
        if query.my_organisation == Some(true) {
            rules::own_organisation(actor)?;
        }
        Ok(Self {
            status,
            after,
            limit,
            query,
        })
    }
}

/// How a backend's SQL writes what a list's conditions need.
pub(crate) struct Dialect<'a> {
    /// What stands before a parameter's number: `?` or `$`.
    pub(crate) marker: char,
    /// Whether the ticket waits for the caller, and whether it changed since they saw it.
    pub(crate) waiting: &'a str,
    pub(crate) updated: &'a str,
}

/// The caller watches the ticket: its SQL twin in `rules::can_view`.
const WATCHING: &str =
    "EXISTS (SELECT 1 FROM watchers w WHERE w.ticket_id = t.id AND w.user_id = ?1)";

/// A list's conditions, to follow `WHERE 1 = 1` after the ticket select, with its order and
/// limit. Parameter 1 is the caller and 2 their organisation (the ticket select's); the
/// values returned are those of the parameters from 3 on.
pub(crate) fn list_conditions(
    actor: &Actor,
    listing: Listing,
    dialect: &Dialect<'_>,
) -> (String, Vec<Value>) {
    let Listing {
        status,
        after,
        limit,
        query,
    } = listing;
    let mut sql = String::new();
    let mut args = Vec::new();
    let marked = |clause: &str| clause.replace('?', &dialect.marker.to_string());
    let mut bind = |sql: &mut String, clause: &str, value: Value| {
        args.push(value);
        sql.push_str(&clause.replace('?', &format!("{}{}", dialect.marker, args.len() + 2)));
    };
    // The SQL twin of `rules::can_view`.
    match rules::scope(actor) {
        Scope::Everything => {}
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
    sql = marked(&sql);
    if let Some(status) = status {
        sql.push_str(" AND ");
        sql.push_str(&status);
    }
    let text = |s: &str| Value::Text(s.to_owned());
    if let Some(kind) = query.kind {
        bind(&mut sql, " AND t.type = ?", text(kind.as_str()));
    }
    if let Some(priority) = query.priority {
        bind(&mut sql, " AND t.priority = ?", Value::Text(priority));
    }
    if let Some(name) = query.assignee {
        bind(&mut sql, " AND a.name = ?", Value::Text(name));
    }
    if let Some(name) = query.requester {
        bind(&mut sql, " AND r.name = ?", Value::Text(name));
    }
    if query.mine == Some(true) {
        sql.push_str(&marked(" AND (t.requester_id = ?1 OR t.assignee_id = ?1)"));
    }
    if let Some(name) = query.organisation {
        bind(&mut sql, " AND o.name = ?", Value::Text(name));
    }
    if query.my_organisation == Some(true) {
        sql.push_str(&marked(" AND t.organisation_id = ?2"));
    }
    if query.waiting == Some(true) {
        let _ = write!(sql, " AND {}", dialect.waiting);
    }
    if query.updated == Some(true) {
        let _ = write!(sql, " AND {}", dialect.updated);
    }
    if let Some(key) = query.dedupe_key {
        bind(&mut sql, " AND t.dedupe_key = ?", Value::Text(key));
    }
    if let Some(after) = after {
        bind(&mut sql, " AND t.id < ?", Value::Id(Some(after)));
    }
    let _ = write!(sql, " ORDER BY t.id DESC LIMIT {}", limit + 1);
    (sql, args)
}

/// The priority and department a new ticket takes when it names none: the catalogue's first.
pub(crate) fn filing_defaults(catalogue: &Catalogue, new: &NewTicket) -> Result<(String, String)> {
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
    Ok((priority, department))
}

/// What a new ticket is filed with besides the request: the defaults it takes, and its
/// dedupe scope and key.
pub(crate) struct Filed<'a> {
    pub(crate) prefix: &'a str,
    pub(crate) priority: &'a str,
    pub(crate) department: &'a str,
    pub(crate) visibility: Visibility,
    pub(crate) dedupe: Option<(String, &'a str)>,
}

impl<'a> Filed<'a> {
    pub(crate) fn new(
        actor: &Actor,
        new: &'a NewTicket,
        prefix: &'a str,
        priority: &'a str,
        department: &'a str,
    ) -> Self {
        let visibility = new.visibility.unwrap_or(Visibility::Organisation);
        let dedupe = new
            .dedupe_key
            .as_deref()
            .map(|key| (rules::dedupe_scope_of(actor, visibility), key));
        Self {
            prefix,
            priority,
            department,
            visibility,
            dedupe,
        }
    }

    /// The ticket's key with `number`.
    pub(crate) fn key(&self, number: i64) -> String {
        format!("{}-{number}", self.prefix)
    }

    /// Its dedupe scope and key, as the columns take them.
    pub(crate) fn dedupe_columns(&self) -> (Option<&str>, Option<&str>) {
        self.dedupe
            .as_ref()
            .map(|(s, k)| (Some(s.as_str()), Some(*k)))
            .unwrap_or_default()
    }

    /// The dedupe scope and key of a ticket the dedupe index refused: it must have them.
    pub(crate) fn refused(&self) -> Result<(&str, &str)> {
        self.dedupe
            .as_ref()
            .map(|(scope, key)| (scope.as_str(), *key))
            .ok_or_else(|| Error::internal("a ticket without a dedupe key met the dedupe index"))
    }
}

/// The answer when the ticket holding a dedupe key kept changing under every attempt.
pub(crate) fn dedupe_holder_kept_changing() -> Error {
    Error::Conflict("the ticket holding this dedupe key keeps changing; try again".into())
}

/// Whoever files a ticket is its requester, or support filing it.
pub(crate) fn filer(actor: &Actor) -> Party {
    if rules::is_staff(actor) {
        Party::Staff
    } else {
        Party::Requester
    }
}

/// A CC of a new ticket naming no user is a fault of the request.
pub(crate) fn cc_error(err: Error) -> Error {
    match err {
        Error::NotFound(message) => Error::invalid("cc", message),
        other => other,
    }
}

/// The data of a new ticket's `created` event.
pub(crate) fn created_data(key: &str, new: &NewTicket) -> serde_json::Value {
    let mut data = json!({ "key": key });
    if let Some(dedupe_key) = &new.dedupe_key {
        data["dedupe_key"] = json!(dedupe_key);
    }
    data
}

/// Refuses a change to a ticket no longer at any of the versions its caller read.
pub(crate) fn check_version(expected: Option<&[u64]>, key: &str, version: u64) -> Result<()> {
    if expected.is_some_and(|v| !v.contains(&version)) {
        return Err(Error::PreconditionFailed(format!(
            "{key} changed since you read it (it is at version {version}); read it again"
        )));
    }
    Ok(())
}

/// The kind of a patch's event.
pub(crate) fn update_kind(patch: &TicketPatch) -> &'static str {
    if patch.assignee.is_some() {
        "assigned"
    } else {
        "updated"
    }
}

/// A column's new value or a parameter's: text, or an id (a user's, nobody when `None`).
pub(crate) enum Value {
    Text(String),
    Id(Option<i64>),
}

/// The columns to set, each with its value.
pub(crate) type Assignments = Vec<(&'static str, Value)>;

/// What `patch` changes in ticket `t` (whose description is `description`, read only when the
/// patch has one): the columns to set and the changes to record. A value equal to the one
/// held changes nothing.
pub(crate) fn field_changes(
    t: &Ticket,
    description: Option<&str>,
    patch: &TicketPatch,
) -> (Assignments, Vec<Change>) {
    // Each column is named as its field, and is (held, asked for).
    let fields = [
        (
            "title",
            Some(t.title.as_str()),
            patch.title.as_deref().map(str::trim),
        ),
        ("description", description, patch.description.as_deref()),
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
            assignments.push((field, Value::Text(new.to_owned())));
            // A description is long and may be private: that it changed is recorded, not how.
            changed.push(if field == "description" {
                change(field, None, None)
            } else {
                change(field, held, Some(new))
            });
        }
    }
    (assignments, changed)
}

/// The columns and changes of assigning ticket `t` (now assigned to `held`, at `status`) to
/// user `assignee` named `name` (nobody when `None`), and the status that follows.
pub(crate) fn assignment_changes(
    t: &Ticket,
    held: Option<i64>,
    name: &str,
    assignee: Option<i64>,
    assignments: &mut Assignments,
    changed: &mut Vec<Change>,
) {
    if assignee == held {
        return;
    }
    assignments.push(("assignee_id", Value::Id(assignee)));
    changed.push(change(
        "assignee",
        t.assignee.as_deref(),
        assignee.map(|_| name),
    ));
    let status = rules::status_on_assignment(t.status, assignee.is_some());
    if status != t.status {
        assignments.push(("status", Value::Text(status.as_str().to_owned())));
        changed.push(change(
            "status",
            Some(t.status.as_str()),
            Some(status.as_str()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::{CLOSED, OPEN};
    use crate::api::Status;

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
}
