//! Escalations, each with its own key and a timeline of stages: the PostgreSQL twin of the
//! SQLite backend's `escalations`.

use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::execute;
use crate::api::EscalationStage;
use crate::server::error::Result;

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
