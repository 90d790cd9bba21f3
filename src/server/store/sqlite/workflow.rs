//! Moving tickets through the workflow (status changes, closing, reopening), and what ends
//! it: the requester's rating and consent to support access.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::SqliteStore;
use super::dedupe::settle_key;
use super::escalations::end_escalations;
use super::history::append_event;
use super::rows::{self, TicketRow, stamp};
use super::thread::insert_comment;
use super::tickets::reload;
use crate::api::{NewRating, ReopenTicket, Status, StatusChange, TicketDetail};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::workflow::{
    plan_status, rated, remark, status_changed, status_comment, support_access,
};
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
    let plan = plan_status(
        row.party(actor),
        &row.ticket,
        row.assignee_id.is_some(),
        change_to,
    )?;
    // The original is named as the caller sees it: one they may not see is missing.
    if let Some(original) = &change_to.duplicate_of {
        rows::visible_ticket(conn, actor, original)?;
    }
    let comment = match status_comment(change_to) {
        Some(text) => Some(insert_comment(conn, actor, row.id, text, false, at)?),
        None => None,
    };
    let mut recorded = plan.recorded;
    // Back open, a ticket holds its dedupe key again, unless another took it meanwhile.
    if plan.reopens {
        let t = &row.ticket;
        let scope = rules::dedupe_scope(row.requester_id, row.organisation_id, t.visibility);
        let key = t.dedupe_key.as_deref();
        recorded.extend(settle_key(conn, row.id, key, &scope, true)?);
    }
    let closed = plan.to == Status::Closed;
    conn.prepare_cached(
        "UPDATE tickets SET status = ?2, resolution = ?3, duplicate_of = ?4, closed_at = ?5,
            status_before_feedback = coalesce(?6, status_before_feedback),
            assignee_id = CASE WHEN ?7 THEN NULL ELSE assignee_id END
         WHERE id = ?1",
    )?
    .execute(params![
        row.id,
        plan.to.as_str(),
        plan.resolution.as_str(),
        plan.duplicate_of,
        closed.then(|| stamp(at)),
        plan.before_feedback,
        plan.unassign,
    ])?;
    if closed {
        end_escalations(conn, row.id, at)?;
    }
    let data = status_changed(&recorded, comment);
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
            let already_rated: bool = conn
                .prepare_cached("SELECT rating IS NOT NULL FROM tickets WHERE id = ?1")?
                .query_row([row.id], |r| r.get(0))?;
            rules::may_rate(row.party(&actor), &key, row.status(), already_rated)?;
            let remark = remark(&rating);
            conn.prepare_cached(
                "UPDATE tickets SET rating = ?2, rating_remark = ?3, rated_by = ?4, rated_at = ?5 WHERE id = ?1",
            )?
            .execute(params![row.id, rating.score, remark, actor.id, stamp(at)])?;
            append_event(conn, row.id, "rated", &actor, &rated(&rating), at)?;
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
            let data = support_access(row.ticket.support_access, granted);
            append_event(conn, row.id, "support-access", &actor, &data, at)?;
            reload(conn, &actor, &key)
        })
        .await
    }
}
