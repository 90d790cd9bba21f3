//! The live stream of ticket events, as Server-Sent Events: `GET /v1/events` and
//! `GET /v1/tickets/{key}/events`. What a stream carries is [`crate::server::events`]'.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, header};
use axum::response::{IntoResponse, Response};
use futures_util::{Stream, StreamExt as _};

use crate::api::{EventQuery, KEEP_ALIVE_SECONDS, Problem, READY_EVENT, StreamReady};
use crate::server::AppState;
use crate::server::error::{Error, Result};
use crate::server::events::{Filter, stream::Subscription};
use crate::server::extract::{ApiPath, ApiQuery};
use crate::server::store::Actor;

/// The most tickets one stream names.
const MAX_TICKETS: usize = 100;

/// Follows the events of the tickets the caller may see, filtered: first an event `ready`
/// (where the stream starts, and the named tickets as they stand), then each change as it
/// commits. Resume with `Last-Event-ID` (or `after`) to get every event after that one, none
/// twice; a comment line every 15 s while nothing happens.
#[utoipa::path(get, path = "/v1/events", tag = "events", security(("bearer" = [])),
    params(EventQuery,
        ("Last-Event-ID" = Option<String>, Header, nullable = false, description = "The id of the last event received: the stream resumes after it")),
    responses(
        (status = 200, content_type = "text/event-stream", body = String,
            description = "A Server-Sent Events stream: one `ready` event (data: StreamReady; id: where the stream starts), then one default event a change (data: TicketEvent; id: its `seq`)"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "A ticket named is not one the caller may see"),
    ))]
pub(super) async fn events(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<EventQuery>,
) -> Result<Response> {
    let keys = match query.tickets.as_deref() {
        Some(list) => ticket_keys(list)?,
        None => Vec::new(),
    };
    follow(state, actor, &headers, &query, keys).await
}

/// Follows one ticket's events: `GET /v1/events` for this ticket (and any `tickets` named
/// besides).
#[utoipa::path(get, path = "/v1/tickets/{key}/events", tag = "events", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), EventQuery,
        ("Last-Event-ID" = Option<String>, Header, nullable = false, description = "The id of the last event received: the stream resumes after it")),
    responses(
        (status = 200, content_type = "text/event-stream", body = String,
            description = "A Server-Sent Events stream: one `ready` event (data: StreamReady; id: where the stream starts), then one default event a change (data: TicketEvent; id: its `seq`)"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
    ))]
pub(super) async fn ticket_events(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(key): ApiPath<String>,
    ApiQuery(query): ApiQuery<EventQuery>,
) -> Result<Response> {
    let keys = match query.tickets.as_deref() {
        Some(list) => ticket_keys(&format!("{key},{list}"))?,
        None => vec![key],
    };
    follow(state, actor, &headers, &query, keys).await
}

async fn follow(
    state: AppState,
    actor: Actor,
    headers: &HeaderMap,
    query: &EventQuery,
    keys: Vec<String>,
) -> Result<Response> {
    let mut filter = Filter::of(&actor, query)?;
    let resume = last_event_id(headers)?.or(query.after);
    // Subscribed before the head is read, so what commits in between is in it.
    let live = state.feed.subscribe();
    let ready = state.feed.position(&actor, &keys).await?;
    let start = match (resume, query.since) {
        (Some(after), _) => after,
        (None, Some(since)) => state.feed.cursor_before(since).await?,
        (None, None) => ready.head,
    };
    if start > ready.head {
        // Events are stored before they are sent: an id past the last is from elsewhere.
        return Err(Error::invalid(
            "after",
            format!("no event {start} here: the last is {}", ready.head),
        ));
    }
    filter.tickets = ready.tickets.iter().map(|t| t.key.clone()).collect();
    let first = ready_frame(start, &ready)?;
    let end = (query.follow == Some(false)).then_some(ready.head);
    let subscription = Subscription::new(state.feed.clone(), live, actor, filter, start, end);
    let changes = futures_util::stream::unfold(subscription, |mut subscription| async move {
        let next = subscription.next().await?.map(|event| event.frame.clone());
        Some((next, subscription))
    });
    let frames = futures_util::stream::once(async { Ok::<_, Error>(first) })
        .chain(changes)
        // A stream follows for ever; the service stopping ends it, so shutting down does not
        // wait on it. The client resumes from its last event.
        // A child token: each stream polls it, and a token's state is behind a mutex that
        // 10,000 streams would otherwise share.
        .take_until(state.stopping.child_token().cancelled_owned());
    let headers = [
        (header::CONTENT_TYPE, "text/event-stream"),
        (header::CACHE_CONTROL, "no-cache"),
        // A proxy that buffers answers (nginx does by default) would hold events back.
        (HeaderName::from_static("x-accel-buffering"), "no"),
    ];
    Ok((
        headers,
        Body::from_stream(with_keep_alive(Box::pin(frames))),
    )
        .into_response())
}

/// `frames`, with a comment line whenever nothing was sent for [`KEEP_ALIVE_SECONDS`].
///
/// Not axum's `Sse`: it encodes each event for each stream, where the feed's events are
/// encoded once for all of them.
fn with_keep_alive(
    frames: impl Stream<Item = Result<Bytes>> + Send + Unpin,
) -> impl Stream<Item = Result<Bytes>> + Send {
    const KEEP_ALIVE: Duration = Duration::from_secs(KEEP_ALIVE_SECONDS);
    futures_util::stream::unfold(frames, |mut frames| async move {
        // Cancel-safe: an unfinished `next` stays in the stream, to be resumed.
        match tokio::time::timeout(KEEP_ALIVE, frames.next()).await {
            Ok(Some(frame)) => Some((frame, frames)),
            Ok(None) => None,
            Err(_) => Some((Ok(Bytes::from_static(b":\n\n")), frames)),
        }
    })
}

fn ready_frame(start: u64, ready: &StreamReady) -> Result<Bytes> {
    let json = serde_json::to_string(ready).map_err(Error::internal)?;
    Ok(format!("event: {READY_EVENT}\nid: {start}\ndata: {json}\n\n").into())
}

/// `Last-Event-ID`, which this service sets to an event's `seq`.
fn last_event_id(headers: &HeaderMap) -> Result<Option<u64>> {
    let Some(value) = headers.get("last-event-id") else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .map(Some)
        .ok_or_else(|| {
            Error::invalid(
                "Last-Event-ID",
                "Last-Event-ID must be the id of an event this service sent: a number",
            )
        })
}

/// `CS-1,CS-2`: the keys, each once, in the order given.
fn ticket_keys(list: &str) -> Result<Vec<String>> {
    let mut keys: Vec<String> = Vec::new();
    for key in list.split(',').map(str::trim) {
        if key.is_empty() {
            return Err(Error::invalid(
                "tickets",
                "tickets takes ticket keys separated by commas, e.g. CS-1,CS-2",
            ));
        }
        if !keys.iter().any(|k| k == key) {
            keys.push(key.to_owned());
        }
    }
    if keys.len() > MAX_TICKETS {
        return Err(Error::invalid(
            "tickets",
            format!(
                "a stream follows at most {MAX_TICKETS} tickets by key; filter by --mine, --org or --assigned instead"
            ),
        ));
    }
    Ok(keys)
}
