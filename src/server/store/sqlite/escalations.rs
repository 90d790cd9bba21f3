//! Escalations, each with its own key and a timeline of stages.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde_json::json;

use super::SqliteStore;
use super::history::append_event;
use super::next_number;
use super::rows::{self, stamp};
use crate::api::{Escalation, EscalationStage, Status};
use crate::server::error::{Error, Result};
use crate::server::rules;
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
            rules::may_escalate(&key, row.status(), active)?;
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
            append_event(conn, row.id, "escalated", &actor, &json!({ "escalation": escalation_key }), at)?;
            rows::escalations(conn, row.id, &key)?
                .into_iter()
                .find(|e| e.key == escalation_key)
                .ok_or_else(|| Error::internal("escalation vanished"))
        })
        .await
    }
}
