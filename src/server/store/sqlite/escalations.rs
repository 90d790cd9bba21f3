//! Escalations, each with its own key and a timeline of stages.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::SqliteStore;
use super::history::{append_event, change};
use super::next_number;
use super::rows::{self, stamp};
use crate::api::{Escalation, EscalationStage, StageChange, Status};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::escalations::{escalated, find, no_escalation, stage_moved};
use crate::server::store::{Actor, EscalationStore, Idempotency};

/// Brings the ticket's escalation under way, if any, to its `resolved` stage.
pub(super) fn end_escalations(conn: &Connection, ticket_id: i64, at: DateTime<Utc>) -> Result<()> {
    let resolved = EscalationStage::Resolved.as_str();
    conn.prepare_cached(
        "INSERT INTO escalation_stages (escalation_id, stage, at)
         SELECT id, ?2, ?3 FROM escalations WHERE ticket_id = ?1 AND stage != ?2",
    )?
    .execute(params![ticket_id, resolved, stamp(at)])?;
    conn.prepare_cached("UPDATE escalations SET stage = ?2 WHERE ticket_id = ?1 AND stage != ?2")?
        .execute(params![ticket_id, resolved])?;
    Ok(())
}

#[async_trait]
impl EscalationStore for SqliteStore {
    async fn escalate(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reason: String,
    ) -> Result<Escalation> {
        let (actor, key) = (actor.clone(), self.key(key));
        let prefix = self.inner.escalation_prefix.clone();
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let active: bool = conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM escalations WHERE ticket_id = ?1 AND stage != ?2)")?
                .query_row(params![row.id, EscalationStage::Resolved.as_str()], |r| r.get(0))?;
            rules::may_escalate(row.party(&actor), &key, row.status(), active)?;
            let escalation_key = format!("{prefix}-{}", next_number(conn, "escalation")?);
            let id: i64 = conn
                .prepare_cached(
                    "INSERT INTO escalations (key, ticket_id, reason, stage, requested_by, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
                )?
                .query_row(
                    params![escalation_key, row.id, reason.trim(), EscalationStage::Submitted.as_str(), actor.id, stamp(at)],
                    |r| r.get(0),
                )?;
            conn.prepare_cached("INSERT INTO escalation_stages (escalation_id, stage, at) VALUES (?1, ?2, ?3)")?
                .execute(params![id, EscalationStage::Submitted.as_str(), stamp(at)])?;
            conn.prepare_cached("UPDATE tickets SET status = ?2 WHERE id = ?1")?
                .execute(params![row.id, Status::Escalated.as_str()])?;
            let data = escalated(row.status(), &escalation_key);
            append_event(conn, row.id, "escalated", &actor, &data, at)?;
            find(rows::escalations(conn, row.id, &key)?, &escalation_key)
        })
        .await
    }

    async fn move_escalation(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        stage: StageChange,
    ) -> Result<Escalation> {
        let (actor, key) = (actor.clone(), key.trim().to_ascii_uppercase());
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let missing = || no_escalation(&key);
            let (id, from, ticket_key): (i64, EscalationStage, String) = conn
                .prepare_cached(
                    "SELECT e.id, e.stage, t.key FROM escalations e JOIN tickets t ON t.id = e.ticket_id WHERE e.key = ?1",
                )?
                .query_row([&key], |r| Ok((r.get(0)?, rows::parsed(r, 1)?, r.get(2)?)))
                .optional()?
                .ok_or_else(missing)?;
            // An escalation of a ticket the caller may not see is missing too.
            let row = rows::visible_ticket(conn, &actor, &ticket_key).map_err(|_| missing())?;
            rules::may_move_escalation(row.party(&actor), &key, from, stage.stage)?;
            conn.prepare_cached("INSERT INTO escalation_stages (escalation_id, stage, at) VALUES (?1, ?2, ?3)")?
                .execute(params![id, stage.stage.as_str(), stamp(at)])?;
            conn.prepare_cached(
                "UPDATE escalations SET stage = ?2, estimated_resolution_at = coalesce(?3, estimated_resolution_at) WHERE id = ?1",
            )?
            .execute(params![id, stage.stage.as_str(), stage.estimated_resolution_at.map(stamp)])?;
            let mut recorded = vec![change("escalation", Some(from.as_str()), Some(stage.stage.as_str()))];
            let back = if stage.stage == EscalationStage::Resolved {
                rules::status_after_escalation(row.status(), row.assignee_id.is_some())
            } else {
                None
            };
            if let Some(status) = back {
                conn.prepare_cached("UPDATE tickets SET status = ?2 WHERE id = ?1")?
                    .execute(params![row.id, status.as_str()])?;
                recorded.push(change("status", Some(row.status().as_str()), Some(status.as_str())));
            }
            let data = stage_moved(&recorded, &key, stage.estimated_resolution_at);
            append_event(conn, row.id, "escalation-stage", &actor, &data, at)?;
            find(rows::escalations(conn, row.id, &ticket_key)?, &key)
        })
        .await
    }
}
