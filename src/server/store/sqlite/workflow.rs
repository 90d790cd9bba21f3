//! Moving tickets through the workflow (status changes, closing, reopening), and what ends
//! it: the requester's rating and consent to support access.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde_json::json;

use super::SqliteStore;
use super::dedupe::settle_key;
use super::escalations::end_escalations;
use super::history::{append_event, change, changes};
use super::rows::{self, TicketRow, stamp};
use super::thread::insert_comment;
use super::tickets::reload;
use crate::api::{NewRating, ReopenTicket, Status, StatusChange, TicketDetail};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::{Actor, Idempotency, WorkflowStore};

/// Moves `row` to `change.status` after the workflow's rules, with its comment, in the
/// caller's transaction; records the change.
pub(super) fn apply_status(
    conn: &Connection,
    actor: &Actor,
    row: &TicketRow,
    change_to: &StatusChange,
    at: DateTime<Utc>,
) -> Result<()> {
    let key = &row.ticket.key;
    let (from, to) = (row.status(), change_to.status);
    rules::transition(row.party(actor), key, from, to)?;
    if to == Status::Escalated {
        return Err(crate::server::error::Error::invalid(
            "status",
            format!("an escalation needs a reason: tik escalate {key} --reason …"),
        ));
    }
    let confirmed = rules::confirms_resolution(
        from,
        to,
        change_to.resolution,
        change_to.duplicate_of.as_deref(),
    );
    let (resolution, duplicate_of) = if confirmed {
        (row.ticket.resolution, row.ticket.duplicate_of.clone())
    } else {
        let resolution = rules::resolution_after(
            key,
            from,
            to,
            row.ticket.resolution,
            change_to.resolution,
            change_to.duplicate_of.as_deref(),
        )?;
        (resolution, change_to.duplicate_of.clone())
    };
    // The original is named as the caller sees it: one they may not see is missing.
    if let Some(original) = &change_to.duplicate_of {
        rows::visible_ticket(conn, actor, original)?;
    }
    let unassign = rules::assignee_after(key, to, row.assignee_id.is_some())? == Some(false);
    let mut recorded = vec![change("status", Some(from.as_str()), Some(to.as_str()))];
    if resolution != row.ticket.resolution {
        recorded.push(change(
            "resolution",
            Some(row.ticket.resolution.as_str()),
            Some(resolution.as_str()),
        ));
    }
    if unassign && row.assignee_id.is_some() {
        recorded.push(change("assignee", row.ticket.assignee.as_deref(), None));
    }
    let comment = match change_to
        .comment
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        Some(text) => Some(insert_comment(conn, actor, row.id, text, false, at)?),
        None => None,
    };
    // Back open, a ticket holds its dedupe key again, unless another took it meanwhile.
    if to.is_open() && !from.is_open() {
        let t = &row.ticket;
        let scope = rules::dedupe_scope(row.requester_id, row.organisation_id, t.visibility);
        let key = t.dedupe_key.as_deref();
        recorded.extend(settle_key(conn, row.id, key, &scope, true)?);
    }
    // Feedback remembers where the ticket was, so the requester's answer sends it back.
    let before_feedback = (to == Status::Feedback).then_some(from.as_str());
    let closed_at = (to == Status::Closed).then(|| stamp(at));
    conn.prepare_cached(
        "UPDATE tickets SET status = ?2, resolution = ?3, duplicate_of = ?4, closed_at = ?5,
            status_before_feedback = coalesce(?6, status_before_feedback),
            assignee_id = CASE WHEN ?7 THEN NULL ELSE assignee_id END
         WHERE id = ?1",
    )?
    .execute(params![
        row.id,
        to.as_str(),
        resolution.as_str(),
        duplicate_of,
        closed_at,
        before_feedback,
        unassign,
    ])?;
    if to == Status::Closed {
        end_escalations(conn, row.id, at)?;
    }
    let mut data = changes(&recorded);
    if let Some(id) = comment {
        data["comment"] = json!(id);
    }
    append_event(conn, row.id, "status-changed", actor, &data, at)
}

#[async_trait]
impl WorkflowStore for SqliteStore {
    async fn change_status(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        mut change_to: StatusChange,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        change_to.duplicate_of = change_to.duplicate_of.map(|original| self.key(&original));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            apply_status(conn, &actor, &row, &change_to, at)?;
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
            let status = rules::reopen_target(&key, row.status(), row.assignee_id.is_some())?;
            let change_to = StatusChange {
                status,
                resolution: None,
                duplicate_of: None,
                comment: reopen.comment,
            };
            apply_status(conn, &actor, &row, &change_to, at)?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn rate_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        rating: NewRating,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let rated: bool = conn
                .prepare_cached("SELECT rating IS NOT NULL FROM tickets WHERE id = ?1")?
                .query_row([row.id], |r| r.get(0))?;
            rules::may_rate(row.party(&actor), &key, row.status(), rated)?;
            let remark = rating.remark.as_deref().map(str::trim).filter(|r| !r.is_empty());
            conn.prepare_cached(
                "UPDATE tickets SET rating = ?2, rating_remark = ?3, rated_by = ?4, rated_at = ?5 WHERE id = ?1",
            )?
            .execute(params![row.id, rating.score, remark, actor.id, stamp(at)])?;
            let score = rating.score.to_string();
            let data = changes(&[change("rating", None, Some(&score))]);
            append_event(conn, row.id, "rated", &actor, &data, at)?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn set_support_access(
        &self,
        actor: &Actor,
        key: &str,
        granted: bool,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_set_support_access(&actor, row.ownership(), &key)?;
            if row.ticket.support_access == granted {
                return rows::detail(conn, &actor, row);
            }
            conn.prepare_cached("UPDATE tickets SET support_access = ?2 WHERE id = ?1")?
                .execute(params![row.id, granted])?;
            let word = |granted: bool| if granted { "granted" } else { "revoked" };
            let data = changes(&[change(
                "support_access",
                Some(word(row.ticket.support_access)),
                Some(word(granted)),
            )]);
            append_event(conn, row.id, "support-access", &actor, &data, at)?;
            reload(conn, &actor, &key)
        })
        .await
    }
}
