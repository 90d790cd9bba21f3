//! `Idempotency-Key` around the handlers: one request at a time for a key, and replays said as
//! such.
//!
//! The store makes a key safe across retries: the first answer is recorded in the change's own
//! transaction, and the same key with the same request replays it ([`super::store::Idempotency`]).
//! What it cannot see is a second request while the first is still on its way to the store (an
//! upload still streaming, a body still arriving): that one is answered 409 with `Retry-After`,
//! as the IETF Idempotency-Key draft asks, instead of doing the work twice side by side. Keys in
//! flight are kept in memory: the SQLite backend has one service a database. Several replicas on
//! PostgreSQL will need the database to say which keys are in flight.
//!
//! A replayed answer carries `Idempotent-Replayed: true`. The store says it replayed through
//! [`note_replay`], read here after the handler ran: no handler has to pass it along.

use std::cell::Cell;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::Error;
use super::store::Actor;
use crate::api::{IDEMPOTENCY_KEY, IDEMPOTENT_REPLAYED};

/// What a second request with a key in flight is told to wait, in seconds: most requests are
/// done well within it.
const RETRY_IN_FLIGHT_AFTER: u64 = 1;

/// The (user, key) pairs of the requests under way.
#[derive(Default)]
pub(crate) struct InFlight {
    keys: Mutex<HashSet<(i64, String)>>,
}

impl InFlight {
    /// Marks `key` of `user` in flight until the returned claim is dropped, however its request
    /// ends (answered, failed, or dropped when the client went away); `None` if it already is.
    fn claim(self: &Arc<Self>, user: i64, key: &str) -> Option<Claim> {
        let entry = (user, key.to_owned());
        let fresh = self
            .keys
            .lock()
            .expect("keys in flight")
            .insert(entry.clone());
        fresh.then(|| Claim {
            registry: self.clone(),
            entry,
        })
    }
}

/// A key in flight; dropped, it is free again.
struct Claim {
    registry: Arc<InFlight>,
    entry: (i64, String),
}

impl Drop for Claim {
    fn drop(&mut self) {
        self.registry
            .keys
            .lock()
            .expect("keys in flight")
            .remove(&self.entry);
    }
}

tokio::task_local! {
    /// Whether the request this task serves was answered with a recorded answer.
    static REPLAYED: Cell<bool>;
}

/// Tells the HTTP layer that the request under way is answered with the answer recorded for its
/// key. Outside [`noting_replays`] (an operator command) it does nothing.
pub(crate) fn note_replay() {
    let _ = REPLAYED.try_with(|replayed| replayed.set(true));
}

/// Runs `request`, and says whether its answer was a replay ([`note_replay`]).
pub(crate) async fn noting_replays<T>(request: impl Future<Output = T>) -> (T, bool) {
    REPLAYED
        .scope(Cell::new(false), async {
            let answer = request.await;
            (answer, REPLAYED.with(Cell::get))
        })
        .await
}

/// Middleware: a POST with an `Idempotency-Key` from a known caller runs only if no other with
/// that key is in flight, and its answer says whether it was replayed. Anything else (no key, a
/// key the handler will refuse, a caller it will refuse) goes through as it came.
pub(super) async fn one_at_a_time(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let key = request
        .headers()
        .get(IDEMPOTENCY_KEY)
        .and_then(|value| value.to_str().ok())
        .filter(|key| !key.is_empty() && key.len() <= 255)
        .map(str::to_owned);
    let Some(key) = key.filter(|_| request.method() == Method::POST) else {
        return next.run(request).await;
    };
    let (mut parts, body) = request.into_parts();
    // The handler authenticates the caller again from what this leaves in the request's
    // extensions, without a second look-up.
    let caller = Actor::from_request_parts(&mut parts, &state).await;
    let request = Request::from_parts(parts, body);
    let Ok(actor) = caller else {
        return next.run(request).await;
    };
    let Some(_claim) = state.in_flight.claim(actor.id, &key) else {
        return Error::InFlight {
            detail: "a request with this Idempotency-Key is still being processed: retry later"
                .into(),
            retry_after: RETRY_IN_FLIGHT_AFTER,
        }
        .into_response();
    };
    let (mut response, replayed) = noting_replays(next.run(request)).await;
    if replayed && response.status().is_success() {
        response
            .headers_mut()
            .insert(IDEMPOTENT_REPLAYED, HeaderValue::from_static("true"));
    }
    response
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{InFlight, note_replay, noting_replays};

    #[test]
    fn a_key_is_in_flight_until_its_claim_goes() {
        let registry = Arc::new(InFlight::default());
        let first = registry.claim(1, "k").expect("a free key");
        assert!(registry.claim(1, "k").is_none(), "the same user and key");
        let other_user = registry.claim(2, "k").expect("another user's key");
        let other_key = registry.claim(1, "l").expect("another key");
        drop(first);
        assert!(registry.claim(1, "k").is_some(), "free again");
        drop((other_user, other_key));
        assert!(registry.keys.lock().unwrap().is_empty());
    }

    /// A request the client abandons is a future dropped before its end: its key goes with it.
    #[tokio::test]
    async fn a_request_dropped_midway_frees_its_key() {
        let registry = Arc::new(InFlight::default());
        let held = registry.clone();
        let request = async move {
            let _claim = held.claim(1, "k").expect("a free key");
            std::future::pending::<()>().await;
        };
        let outcome = tokio::time::timeout(std::time::Duration::from_millis(10), request).await;
        assert!(outcome.is_err(), "the request never ends by itself");
        assert!(registry.claim(1, "k").is_some());
    }

    #[tokio::test]
    async fn a_replay_is_noted_for_its_request_only() {
        let ((), noted) = noting_replays(async { note_replay() }).await;
        assert!(noted);
        let ((), other) = noting_replays(async {}).await;
        assert!(!other);
        note_replay(); // outside a request: nothing to tell, and no panic
    }
}
