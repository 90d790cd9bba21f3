//! The live stream of ticket events (`tik watch`): a backend's [`EventFeed`] (every
//! committed event, in order, live and from a cursor) and what one subscriber is sent of it
//! ([`stream`]), whatever the backend.
//!
//! The backend publishes each event once, after its change commits, into one in-process
//! broadcast that every subscriber reads; no subscriber polls the database. A subscriber that
//! falls behind the broadcast, or starts in the past, reads the events table from its cursor
//! until it reaches the live feed, and skips what it has already passed: nothing lost, nothing
//! twice.

mod filter;
pub(crate) mod stream;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::sync::broadcast;

pub(crate) use filter::Filter;

use crate::api::{StreamReady, TicketEvent, Visibility};
use crate::server::error::Result;
use crate::server::rules::Ownership;
use crate::server::store::Actor;

/// How many events the broadcast holds for its slowest subscriber before that one has to
/// catch up from the table; `TIK_EVENT_BUFFER` sets it (tests make it small).
pub(crate) const DEFAULT_BUFFER: usize = 1024;

/// The broadcast's capacity: `TIK_EVENT_BUFFER` when set to a number of at least 1.
pub(crate) fn buffer_size() -> usize {
    std::env::var("TIK_EVENT_BUFFER")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(DEFAULT_BUFFER)
}

/// Committed events, live and from a cursor. One implementation a backend; the handlers and
/// [`stream`] see only this.
#[async_trait]
pub(crate) trait EventFeed: Send + Sync + 'static {
    /// Every event committed from now on, in `seq` order, each once.
    fn subscribe(&self) -> broadcast::Receiver<Arc<FeedEvent>>;
    /// Committed events after `cursor`, in `seq` order, at most `limit`.
    async fn read_after(&self, cursor: u64, limit: usize) -> Result<Vec<Arc<FeedEvent>>>;
    /// The `seq` of the last committed event, and the tickets `keys` names as they stand at
    /// it, each one `actor` may see (not found otherwise), keys in their stored form.
    async fn position(&self, actor: &Actor, keys: &[String]) -> Result<StreamReady>;
    /// The `seq` of the last event made before `at`: a stream from `at` starts after it.
    async fn cursor_before(&self, at: DateTime<Utc>) -> Result<u64>;
}

/// An event as every subscriber is offered it: the wire form, made into its SSE text once
/// (10,000 streams send the same bytes), and what the visibility rule and the filters look at.
#[derive(Debug)]
pub(crate) struct FeedEvent {
    pub(crate) event: TicketEvent,
    /// `id: SEQ`, `data: JSON`: the event as a stream sends it.
    pub(crate) frame: axum::body::Bytes,
    /// Something only staff may see: an internal note.
    pub(crate) internal: bool,
    pub(crate) ticket: TicketFacts,
}

impl FeedEvent {
    pub(crate) fn new(event: TicketEvent, internal: bool, ticket: TicketFacts) -> Self {
        let json = serde_json::to_string(&event).expect("an event serialises");
        // JSON holds no line break, so the data is one line.
        let frame = format!("id: {}\ndata: {json}\n\n", event.seq).into();
        Self {
            event,
            frame,
            internal,
            ticket,
        }
    }

    pub(crate) fn seq(&self) -> u64 {
        self.event.seq
    }
}

/// Who a ticket belongs to, as read with its event.
#[derive(Debug, Clone)]
pub(crate) struct TicketFacts {
    pub(crate) requester_id: i64,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) visibility: Visibility,
    pub(crate) assignee_id: Option<i64>,
    pub(crate) watchers: Vec<i64>,
}

impl TicketFacts {
    /// The ticket as the visibility rule sees it for `actor`.
    pub(crate) fn ownership_for(&self, actor: &Actor) -> Ownership {
        Ownership {
            requester_id: self.requester_id,
            organisation_id: self.organisation_id,
            visibility: self.visibility,
            watching: self.watchers.contains(&actor.id),
        }
    }
}
