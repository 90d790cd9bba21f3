//! The live stream of ticket events: `GET /v1/events` and `GET /v1/tickets/{key}/events`, as
//! Server-Sent Events (`text/event-stream`).
//!
//! A stream opens with one `ready` event, then sends each ticket event as a default
//! (`message`) event whose SSE `id` is its place in the service's sequence of every change
//! (`seq`). A client that reconnects with `Last-Event-ID` (or `?after=`) gets every event after
//! it, none twice. A comment line (`:`) every 15 s keeps idle connections open.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Change, EscalationStage, Resolution, Status};

/// The SSE event name of the first event of a stream.
pub(crate) const READY_EVENT: &str = "ready";

/// How often a stream with nothing to send sends a comment line, so proxies and the client
/// know the connection is alive.
pub(crate) const KEEP_ALIVE_SECONDS: u64 = 15;

/// Which events a stream carries: those of the tickets the caller may see that match every
/// filter given (none: all of them).
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventQuery {
    /// Ticket keys, separated by commas (at most 100): only their events (on
    /// `/v1/tickets/{key}/events`, besides the path's). Each must be one the caller may see
    /// (404 otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) tickets: Option<String>,
    /// Only tickets the caller requested or is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) mine: Option<bool>,
    /// Only tickets of the caller's own organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) my_organisation: Option<bool>,
    /// Only tickets assigned to the caller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) assigned: Option<bool>,
    /// Only events that leave a ticket in this status, or move it out of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) status: Option<Status>,
    /// Only events after this one (its `seq`); `Last-Event-ID` wins over it. Without either
    /// (or `since`), the stream starts now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) after: Option<u64>,
    /// Only events from this time on (RFC 3339), when neither `after` nor `Last-Event-ID` is
    /// given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) since: Option<DateTime<Utc>>,
    /// `false`: send the events there are and end, instead of following new ones (default
    /// `true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) follow: Option<bool>,
}

/// The data of a stream's first event (`event: ready`), whose SSE `id` is where the stream
/// starts: the `seq` after which its events come.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct StreamReady {
    /// The `seq` of the last change the service had made when the stream opened: events up to
    /// it are the past (replayed when the stream starts earlier), later ones are live.
    pub(crate) head: u64,
    /// The tickets named by `tickets` (or the path), as they were at `head`.
    #[serde(default)]
    pub(crate) tickets: Vec<TicketState>,
}

/// Where a ticket stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct TicketState {
    pub(crate) key: String,
    pub(crate) title: String,
    pub(crate) status: Status,
    pub(crate) resolution: Resolution,
}

/// One change to a ticket, as the stream sends it (the data of a default SSE event).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub(crate) struct TicketEvent {
    /// The event's place in the service's sequence of every change; also its SSE `id`.
    pub(crate) seq: u64,
    pub(crate) at: DateTime<Utc>,
    /// The ticket's key, e.g. `CS-1042`.
    pub(crate) ticket: String,
    /// The ticket's title, as it is when the event is sent.
    #[serde(default)]
    pub(crate) title: String,
    /// What happened, as in a ticket's history: `created`, `commented`, `status-changed`,
    /// `assigned`, `attached`, `escalated`, `escalation-stage`, `occurred`, …
    pub(crate) kind: String,
    /// Who made the change; absent for the service's own (a secret purged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) actor: Option<String>,
    /// Fields that changed, before and after.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<Change>,
    /// The ticket's status and resolution once the change was made.
    pub(crate) status: Status,
    pub(crate) resolution: Resolution,
    /// The comment the change added: its start, not the whole text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<EventComment>,
    /// Files the change attached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) attachments: Vec<EventAttachment>,
    /// The escalation the change opened or moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) escalation: Option<EventEscalation>,
}

/// The most characters of a comment an event carries.
pub(crate) const EXCERPT_CHARS: usize = 280;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct EventComment {
    pub(crate) id: u64,
    /// The comment's first characters (at most 280), with `…` when there is more.
    pub(crate) excerpt: String,
    /// An internal note: only agents and admins are sent these.
    pub(crate) internal: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct EventAttachment {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) size: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct EventEscalation {
    /// e.g. `CP-7`.
    pub(crate) key: String,
    pub(crate) stage: EscalationStage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) estimated_resolution_at: Option<DateTime<Utc>>,
}
