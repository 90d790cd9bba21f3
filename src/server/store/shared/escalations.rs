//! What both backends share of escalations: the data of their events, and their messages.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::history::{change, changes};
use crate::api::{Change, Escalation, Status};
use crate::server::error::{Error, Result};

pub(crate) fn no_escalation(key: &str) -> Error {
    Error::NotFound(format!("no escalation {key}"))
}

/// The data of `escalated`: the ticket went from `from` to `escalated` under `escalation`.
pub(crate) fn escalated(from: Status, escalation: &str) -> Value {
    let mut data = changes(&[change(
        "status",
        Some(from.as_str()),
        Some(Status::Escalated.as_str()),
    )]);
    data["escalation"] = json!(escalation);
    data
}

/// The data of `escalation-stage`: what changed, of which escalation, and the time its fix
/// is now expected by, if given.
pub(crate) fn stage_moved(
    recorded: &[Change],
    escalation: &str,
    estimated_resolution_at: Option<DateTime<Utc>>,
) -> Value {
    let mut data = changes(recorded);
    data["escalation"] = json!(escalation);
    if let Some(eta) = estimated_resolution_at {
        data["estimated_resolution_at"] = json!(eta);
    }
    data
}

/// The escalation `key` among a ticket's, just written.
pub(crate) fn find(escalations: Vec<Escalation>, key: &str) -> Result<Escalation> {
    escalations
        .into_iter()
        .find(|e| e.key == key)
        .ok_or_else(|| Error::internal("escalation vanished"))
}
