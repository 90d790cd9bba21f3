//! What both backends share of events: an event made from its row and what it refers to
//! (each backend reads those its own way), and a comment's excerpt.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::api::{
    EXCERPT_CHARS, EscalationStage, EventAttachment, EventComment, EventEscalation, Resolution,
    Status, Ticket, TicketEvent, TicketState, Visibility,
};
use crate::server::events::{FeedEvent, TicketFacts};

/// The columns of an event and its ticket, as both backends select them.
pub(crate) struct Columns {
    pub(crate) seq: u64,
    pub(crate) at: DateTime<Utc>,
    pub(crate) ticket: String,
    pub(crate) title: String,
    pub(crate) kind: String,
    pub(crate) actor: Option<String>,
    /// The event's data: JSON text.
    pub(crate) data: String,
    pub(crate) status: Status,
    pub(crate) resolution: Resolution,
    pub(crate) ticket_id: i64,
    pub(crate) requester_id: i64,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) visibility: Visibility,
    pub(crate) assignee_id: Option<i64>,
}

/// What the events table holds of one event, before what it refers to is read.
pub(crate) struct EventRow {
    pub(crate) ticket_id: i64,
    data: Value,
    event: TicketEvent,
    facts: TicketFacts,
}

/// What an event refers to, as it stands now.
#[derive(Default)]
pub(crate) struct Parts {
    /// Who watches the event's ticket.
    pub(crate) watchers: Vec<i64>,
    /// The body of its comment ([`EventRow::comment_id`]) and whether it is internal, if
    /// that comment is there.
    pub(crate) comment: Option<(String, bool)>,
    /// The files of its comment, in the order they came.
    pub(crate) comment_files: Vec<EventAttachment>,
    /// The files it names ([`EventRow::attachment_ids`]), in the order they came.
    pub(crate) named_files: Vec<EventAttachment>,
    /// Its escalation ([`EventRow::escalation_key`]) as it stands, if it is there.
    pub(crate) escalation: Option<EscalationNow>,
}

/// What an event's escalation has now.
#[derive(Clone, Copy)]
pub(crate) struct EscalationNow {
    pub(crate) estimated_resolution_at: Option<DateTime<Utc>>,
}

impl From<Columns> for EventRow {
    fn from(c: Columns) -> Self {
        let data: Value = serde_json::from_str(&c.data).unwrap_or_default();
        Self {
            ticket_id: c.ticket_id,
            event: TicketEvent {
                seq: c.seq,
                at: c.at,
                ticket: c.ticket,
                title: c.title,
                kind: c.kind,
                actor: c.actor,
                changes: serde_json::from_value(data["changes"].clone()).unwrap_or_default(),
                status: c.status,
                resolution: c.resolution,
                comment: None,
                attachments: Vec::new(),
                escalation: None,
            },
            data,
            facts: TicketFacts {
                requester_id: c.requester_id,
                organisation_id: c.organisation_id,
                visibility: c.visibility,
                assignee_id: c.assignee_id,
                watchers: Vec::new(),
            },
        }
    }
}

impl EventRow {
    /// The comment the event added or refers to.
    pub(crate) fn comment_id(&self) -> Option<i64> {
        self.data["comment"].as_i64()
    }

    /// The files the event names besides its comment's.
    pub(crate) fn attachment_ids(&self) -> Vec<i64> {
        self.data["attachments"]
            .as_array()
            .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
            .unwrap_or_default()
    }

    /// The escalation the event opened or moved.
    pub(crate) fn escalation_key(&self) -> Option<&str> {
        self.data["escalation"].as_str()
    }

    /// The event as subscribers are offered it, with what it refers to.
    pub(crate) fn assemble(self, parts: Parts) -> Arc<FeedEvent> {
        let Self {
            data,
            mut event,
            mut facts,
            ..
        } = self;
        facts.watchers = parts.watchers;
        let mut internal = data["internal"] == Value::Bool(true);
        if let (Some(id), Some((body, note))) = (data["comment"].as_i64(), parts.comment) {
            internal |= note;
            event.comment = Some(EventComment {
                id: id.cast_unsigned(),
                excerpt: excerpt(&body),
                internal: note,
            });
        }
        event.attachments = parts.comment_files;
        event.attachments.extend(parts.named_files);
        if let (Some(key), Some(now)) = (data["escalation"].as_str(), parts.escalation) {
            event.escalation = Some(escalation(key, &event, &data, now));
        }
        Arc::new(FeedEvent::new(event, internal, facts))
    }
}

/// The escalation an event opened or moved: the stage it moved to (or `submitted`, when it
/// opened it), and the estimated resolution it gave, else the one it has now.
fn escalation(key: &str, event: &TicketEvent, data: &Value, now: EscalationNow) -> EventEscalation {
    let moved_to = event
        .changes
        .iter()
        .find(|c| c.field == "escalation")
        .and_then(|c| c.to.as_deref()?.parse().ok());
    let given = data["estimated_resolution_at"]
        .as_str()
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .map(|at| at.with_timezone(&Utc));
    EventEscalation {
        key: key.to_owned(),
        stage: moved_to.unwrap_or(EscalationStage::Submitted),
        estimated_resolution_at: given.or(now.estimated_resolution_at),
    }
}

/// Where a ticket stands, as a stream's `ready` event tells it.
pub(crate) fn ticket_state(ticket: Ticket) -> TicketState {
    TicketState {
        key: ticket.key,
        title: ticket.title,
        status: ticket.status,
        resolution: ticket.resolution,
    }
}

/// A comment's start, on one line: runs of white space as one space, at most
/// [`EXCERPT_CHARS`] characters, `…` when there is more.
pub(crate) fn excerpt(body: &str) -> String {
    let words: Vec<&str> = body.split_whitespace().collect();
    let line = words.join(" ");
    match line.char_indices().nth(EXCERPT_CHARS - 1) {
        Some((cut, _)) if line.chars().count() > EXCERPT_CHARS => {
            format!("{}…", line[..cut].trim_end())
        }
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn an_excerpt_is_one_line_and_cut_with_an_ellipsis() {
        assert_eq!(
            excerpt("  VPN drops\n\nevery   hour "),
            "VPN drops every hour"
        );
        let long = "é".repeat(300);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), 280);
        assert!(cut.ends_with('…'));
        assert_eq!(excerpt(&"a".repeat(280)), "a".repeat(280));
    }
}
