//! One subscriber's stream: the past from its cursor, read from the table, then the live
//! broadcast, with what it has already passed skipped at the seam; and the same catch-up
//! whenever it falls behind the broadcast, so a slow subscriber is never dropped.

use std::collections::VecDeque;
use std::sync::Arc;

use tokio::sync::broadcast::{self, error::RecvError};

use super::{EventFeed, FeedEvent, Filter};
use crate::server::error::Result;
use crate::server::store::Actor;

/// How many events one read of the table brings while catching up.
const PAGE: usize = 256;

pub(crate) struct Subscription {
    feed: Arc<dyn EventFeed>,
    live: broadcast::Receiver<Arc<FeedEvent>>,
    actor: Actor,
    filter: Filter,
    /// The `seq` of the last event looked at, sent or filtered out.
    cursor: u64,
    /// Events read from the table, not yet looked at.
    pending: VecDeque<Arc<FeedEvent>>,
    catching_up: bool,
    /// Where a stream that does not follow ends: the head when it opened.
    end: Option<u64>,
}

impl Subscription {
    /// A stream of the events after `cursor` that `filter` lets `actor` see. `live` must have
    /// been subscribed before the head was read: what commits in between is then in it.
    pub(crate) fn new(
        feed: Arc<dyn EventFeed>,
        live: broadcast::Receiver<Arc<FeedEvent>>,
        actor: Actor,
        filter: Filter,
        cursor: u64,
        end: Option<u64>,
    ) -> Self {
        Self {
            feed,
            live,
            actor,
            filter,
            cursor,
            pending: VecDeque::new(),
            catching_up: true,
            end,
        }
    }

    /// The next event to send; `None` when the stream ends (it does not follow, or the
    /// service is stopping); an error when the table cannot be read.
    pub(crate) async fn next(&mut self) -> Option<Result<Arc<FeedEvent>>> {
        loop {
            if self.end.is_some_and(|end| self.cursor >= end) {
                return None;
            }
            if let Some(event) = self.pending.pop_front() {
                if self.end.is_some_and(|end| event.seq() > end) {
                    return None;
                }
                if let Some(event) = self.look_at(event) {
                    return Some(Ok(event));
                }
                continue;
            }
            if self.catching_up {
                match self.feed.read_after(self.cursor, PAGE).await {
                    Err(err) => return Some(Err(err)),
                    Ok(page) if page.is_empty() => {
                        self.catching_up = false;
                        if self.end.is_some() {
                            return None;
                        }
                    }
                    Ok(page) => self.pending.extend(page),
                }
                continue;
            }
            match self.live.recv().await {
                Ok(event) => self.pending.push_back(event),
                Err(RecvError::Lagged(missed)) => {
                    tracing::debug!(
                        missed,
                        cursor = self.cursor,
                        "a subscriber fell behind; catching up from the table"
                    );
                    self.catching_up = true;
                }
                Err(RecvError::Closed) => return None,
            }
        }
    }

    /// Moves the cursor past `event`; returns it if it is new and passes the filter.
    fn look_at(&mut self, event: Arc<FeedEvent>) -> Option<Arc<FeedEvent>> {
        if event.seq() <= self.cursor {
            return None;
        }
        self.cursor = event.seq();
        self.filter.passes(&self.actor, &event).then_some(event)
    }
}
