//! Escalations, each with its own key and a timeline of stages: the PostgreSQL twin of the
//! SQLite backend's `escalations`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::history::append_event;
use super::rows::{self, execute, query_one, query_opt};
use super::{PgStore, Tx, next_number};
use crate::api::{Escalation, EscalationStage, StageChange, Status};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::escalations::{escalated, find, no_escalation, stage_moved};
use crate::server::store::shared::history::change;
use crate::server::store::{Actor, EscalationStore, Idempotency};

/// Brings the ticket's escalation under way, if any, to its `resolved` stage.
pub(super) async fn end_escalations(tx: &Tx<'_>, ticket_id: i64, at: DateTime<Utc>) -> Result<()> {
    let resolved = EscalationStage::Resolved.as_str();
    execute(
        tx,
        "INSERT INTO escalation_stages (escalation_id, stage, at)
         SELECT id, $2, $3 FROM escalations WHERE ticket_id = $1 AND stage <> $2",
        &[&ticket_id, &resolved, &at],
    )
    .await?;
    execute(
        tx,
        "UPDATE escalations SET stage = $2 WHERE ticket_id = $1 AND stage <> $2",
        &[&ticket_id, &resolved],
    )
    .await?;
    Ok(())
}

#[async_trait]
impl EscalationStore for PgStore {
    async fn escalate(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reason: String,
    ) -> Result<Escalation> {
        let (actor, key) = (actor.clone(), self.key(key));
        let prefix = self.inner.escalation_prefix.clone();
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                let resolved = EscalationStage::Resolved.as_str();
                let active: bool = query_one(
                    tx,
                    "SELECT EXISTS (SELECT 1 FROM escalations WHERE ticket_id = $1 AND stage <> $2)",
                    &[&row.id, &resolved],
                )
                .await?
                .try_get(0)?;
                rules::may_escalate(row.party(&actor), &key, row.status(), active)?;
                let escalation_key = format!("{prefix}-{}", next_number(tx, "escalation").await?);
                let submitted = EscalationStage::Submitted.as_str();
                let id: i64 = query_one(
                    tx,
                    "INSERT INTO escalations (key, ticket_id, reason, stage, requested_by, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                    &[&escalation_key, &row.id, &reason.trim(), &submitted, &actor.id, &at],
                )
                .await?
                .try_get(0)?;
                execute(
                    tx,
                    "INSERT INTO escalation_stages (escalation_id, stage, at) VALUES ($1, $2, $3)",
                    &[&id, &submitted, &at],
                )
                .await?;
                execute(
                    tx,
                    "UPDATE tickets SET status = $2 WHERE id = $1",
                    &[&row.id, &Status::Escalated.as_str()],
                )
                .await?;
                let data = escalated(row.status(), &escalation_key);
                append_event(tx, row.id, "escalated", &actor, &data, at).await?;
                find(rows::escalations(tx, row.id, &key).await?, &escalation_key)
            })
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
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let missing = || no_escalation(&key);
                let ticket_key: String = query_opt(
                    tx,
                    "SELECT t.key FROM escalations e JOIN tickets t ON t.id = e.ticket_id
                     WHERE e.key = $1",
                    &[&key],
                )
                .await?
                .ok_or_else(missing)?
                .try_get(0)?;
                // An escalation of a ticket the caller may not see is missing too.
                let row = rows::locked_ticket(tx, &actor, &ticket_key)
                    .await
                    .map_err(|_| missing())?;
                // Read under the ticket's lock: every change to its escalations holds it.
                let current = query_one(
                    tx,
                    "SELECT id, stage FROM escalations WHERE key = $1",
                    &[&key],
                )
                .await?;
                let id: i64 = current.try_get(0)?;
                let from: EscalationStage = rows::parsed(&current, 1)?;
                rules::may_move_escalation(row.party(&actor), &key, from, stage.stage)?;
                let to = stage.stage.as_str();
                execute(
                    tx,
                    "INSERT INTO escalation_stages (escalation_id, stage, at) VALUES ($1, $2, $3)",
                    &[&id, &to, &at],
                )
                .await?;
                execute(
                    tx,
                    "UPDATE escalations
                     SET stage = $2, estimated_resolution_at = coalesce($3, estimated_resolution_at)
                     WHERE id = $1",
                    &[&id, &to, &stage.estimated_resolution_at],
                )
                .await?;
                let mut recorded = vec![change("escalation", Some(from.as_str()), Some(to))];
                let back = if stage.stage == EscalationStage::Resolved {
                    rules::status_after_escalation(row.status(), row.assignee_id.is_some())
                } else {
                    None
                };
                if let Some(status) = back {
                    execute(
                        tx,
                        "UPDATE tickets SET status = $2 WHERE id = $1",
                        &[&row.id, &status.as_str()],
                    )
                    .await?;
                    recorded.push(change(
                        "status",
                        Some(row.status().as_str()),
                        Some(status.as_str()),
                    ));
                }
                let data = stage_moved(&recorded, &key, stage.estimated_resolution_at);
                append_event(tx, row.id, "escalation-stage", &actor, &data, at).await?;
                find(rows::escalations(tx, row.id, &ticket_key).await?, &key)
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::super::workflow::fixtures::{kinds, ticket, user};
    use crate::api::{EscalationStage, Role, StageChange, Status};
    use crate::server::error::Error;
    use crate::server::store::EscalationStore;

    #[tokio::test]
    async fn an_escalation_goes_through_its_stages_and_gives_the_ticket_back() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let ann = user(&store, "ann", Role::Requester).await;
        let bob = user(&store, "bob", Role::Agent).await;
        let key = ticket(&store, &ann).await;

        let escalation = store
            .escalate(&ann, None, &key, " slow ".into())
            .await
            .unwrap();
        assert_eq!(
            (escalation.key.as_str(), escalation.reason.as_str()),
            ("CP-1", "slow")
        );
        let twice = store.escalate(&ann, None, &key, "again".into()).await;
        assert!(matches!(twice, Err(Error::Conflict(_))), "{twice:?}");
        let by_requester = StageChange {
            stage: EscalationStage::Engineering,
            estimated_resolution_at: None,
        };
        let forbidden = store
            .move_escalation(&ann, None, "cp-1", by_requester)
            .await;
        assert!(
            matches!(forbidden, Err(Error::Forbidden(_))),
            "{forbidden:?}"
        );
        let missing = StageChange {
            stage: EscalationStage::Engineering,
            estimated_resolution_at: None,
        };
        let missing = store.move_escalation(&bob, None, "CP-9", missing).await;
        assert!(matches!(missing, Err(Error::NotFound(_))), "{missing:?}");
        let resolved = StageChange {
            stage: EscalationStage::Resolved,
            estimated_resolution_at: None,
        };
        let moved = store
            .move_escalation(&bob, None, "cp-1", resolved)
            .await
            .unwrap();
        assert_eq!(moved.stage, EscalationStage::Resolved);
        assert_eq!(moved.timeline.len(), 2);
        let client = store.inner.pool.get().await.unwrap();
        let status = client
            .query_one("SELECT status FROM tickets WHERE key = $1", &[&key])
            .await
            .unwrap();
        assert_eq!(status.get::<_, &str>(0), Status::New.as_str());
        assert_eq!(kinds(&store, &key).await, ["escalated", "escalation-stage"]);
    }
}
