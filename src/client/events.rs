//! The live stream of ticket events (`GET /v1/events`, `GET /v1/tickets/{key}/events`):
//! Server-Sent Events, parsed by `eventsource-stream`, and followed across lost connections.
//!
//! A stream opens within the command's budget (`--timeout`), as any request does; once it
//! runs, its time is not counted, so it may last for days. When the connection drops (the
//! service restarts, the network fails, or nothing comes for [`SILENCE`], three keep-alives'
//! worth), it is opened again with `Last-Event-ID` set to the last event handed out (the
//! `ready` event's id before any), retried with [`retry`]'s backoff and full jitter within a
//! budget of `--timeout` of its own: nothing is missed, and an event that comes twice is
//! dropped by its `seq`. A refusal (400, 401, 403, 404, 422) ends the stream at once.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eventsource_stream::{Event as Sse, EventStreamError, Eventsource as _};
use futures_util::stream::{BoxStream, Stream, StreamExt as _};
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::{Method, Response};
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use super::retry::{Budget, Repeat};
use super::{ClientError, HttpClient, key_path, root_cause};
use crate::api::{EventQuery, KEEP_ALIVE_SECONDS, READY_EVENT, StreamReady, TicketEvent};
use crate::backend::Result;

/// A connection that brings nothing, not even a keep-alive, for this long is gone.
const SILENCE: Duration = Duration::from_secs(3 * KEEP_ALIVE_SECONDS);

/// The header a stream resumes with.
const LAST_EVENT_ID: &str = "last-event-id";

/// The SSE event name of a ticket event (the default).
const MESSAGE_EVENT: &str = "message";

/// Which stream to follow.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventRequest {
    /// One ticket's events (`/tickets/{key}/events`); else every ticket's the query keeps.
    pub(crate) ticket: Option<String>,
    pub(crate) query: EventQuery,
}

/// What a stream hands out.
#[derive(Debug)]
pub(crate) enum Item {
    /// The stream is open: its `head` is the last change made when it opened (later ones
    /// are live).
    Ready(StreamReady),
    Event(Box<TicketEvent>),
    /// The connection dropped, for the reason given; reconnecting.
    Lost(String),
    /// Connected again, resuming after the last event handed out.
    Back,
}

/// The items of a stream, until a refusal or a loss that outlasts `--timeout`, which ends it
/// with that error.
pub(crate) type Events<'a> = BoxStream<'a, Result<Item>>;

type SseEvents = Pin<Box<dyn Stream<Item = std::result::Result<Sse, SseError>> + Send>>;
type SseError = EventStreamError<reqwest::Error>;

impl HttpClient {
    /// Opens the stream `request` names and follows it.
    pub(super) async fn follow(&self, request: EventRequest) -> Result<Events<'_>> {
        let connection = self.open_stream(&request, None, &self.budget).await?;
        let follow = Follow {
            client: self,
            request,
            connection: Some(connection),
            cursor: None,
            reconnecting: None,
            ended: false,
        };
        let items = futures_util::stream::unfold(follow, |mut follow| async move {
            let item = follow.next().await?;
            Some((item, follow))
        });
        Ok(items.boxed())
    }

    /// One connection to the stream, resuming after `resume` if given, retried within
    /// `budget`.
    async fn open_stream(
        &self,
        request: &EventRequest,
        resume: Option<u64>,
        budget: &Budget,
    ) -> Result<Connection> {
        let path = match &request.ticket {
            Some(key) => format!("{}/events", key_path(key)?),
            None => "/events".to_owned(),
        };
        // No timeout on the request: its body is the stream, and lasts. The answer's head
        // gets what is left of the budget (`attempt`).
        let response = self
            .execute_within(budget, Repeat::Safe, |_left| {
                let request = self
                    .request(Method::GET, &path)
                    .query(&request.query)
                    .header(ACCEPT, "text/event-stream");
                match resume {
                    Some(seq) => request.header(LAST_EVENT_ID, seq.to_string()),
                    None => request,
                }
            })
            .await?;
        let kind = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("nothing");
        if !kind.starts_with("text/event-stream") {
            return Err(ClientError::Service(format!(
                "{} answered {path} with {kind}, not a stream of events",
                self.host()
            )));
        }
        Ok(Connection::new(response))
    }
}

/// An open connection's events.
struct Connection {
    events: SseEvents,
    /// When bytes last came, keep-alive comments included (the parser drops those).
    heard: Arc<Mutex<Instant>>,
}

impl Connection {
    fn new(response: Response) -> Self {
        let heard = Arc::new(Mutex::new(Instant::now()));
        let stamp = heard.clone();
        let bytes = response.bytes_stream().inspect(move |_| {
            *stamp.lock().expect("the time bytes came") = Instant::now();
        });
        Self {
            events: Box::pin(bytes.eventsource()),
            heard,
        }
    }

    fn silent_until(&self) -> Instant {
        *self.heard.lock().expect("the time bytes came") + SILENCE
    }

    /// The next event; why the connection is gone when it is.
    async fn next(&mut self) -> std::result::Result<Sse, String> {
        loop {
            match tokio::time::timeout_at(self.silent_until(), self.events.next()).await {
                Ok(Some(Ok(event))) => return Ok(event),
                Ok(Some(Err(EventStreamError::Transport(err)))) => {
                    return Err(format!("the connection broke: {}", root_cause(&err)));
                }
                Ok(Some(Err(err))) => return Err(format!("the stream is unreadable: {err}")),
                Ok(None) => return Err("the service ended the stream".into()),
                Err(_) if self.silent_until() <= Instant::now() => {
                    return Err(format!(
                        "nothing came for {} s, not even a keep-alive",
                        SILENCE.as_secs()
                    ));
                }
                // Only keep-alives came: the connection lives.
                Err(_) => {}
            }
        }
    }
}

/// A stream being followed.
struct Follow<'a> {
    client: &'a HttpClient,
    request: EventRequest,
    /// None while reconnecting.
    connection: Option<Connection>,
    /// The `seq` of the last event handed out, or the `ready` event's id before any: where a
    /// new connection resumes, and below which an event is one seen.
    cursor: Option<u64>,
    /// Since the connection was lost, until a new one is ready: the time left to reconnect.
    reconnecting: Option<Arc<Budget>>,
    ended: bool,
}

impl<'a> Follow<'a> {
    async fn next(&mut self) -> Option<Result<Item>> {
        if self.ended {
            return None;
        }
        let item = self.next_item().await;
        self.ended = item.is_err();
        Some(item)
    }

    async fn next_item(&mut self) -> Result<Item> {
        loop {
            if self.connection.is_none() {
                self.connection = Some(self.reconnect().await?);
            }
            let Some(connection) = self.connection.as_mut() else {
                continue;
            };
            match connection.next().await {
                Ok(sse) => {
                    if let Some(item) = self.take(&sse)? {
                        return Ok(item);
                    }
                }
                Err(reason) => {
                    self.connection = None;
                    // Said once a loss, however many attempts it takes.
                    if self.reconnecting.is_none() {
                        let total = self.client.budget.total();
                        self.reconnecting = Some(Arc::new(Budget::new(total)));
                        return Ok(Item::Lost(reason));
                    }
                }
            }
        }
    }

    /// A new connection, resuming after the cursor, within the time left since the loss.
    /// A future of its own, holding no borrow of the stream's state (not `Sync`).
    fn reconnect(&self) -> impl Future<Output = Result<Connection>> + Send + 'a {
        let budget = self
            .reconnecting
            .clone()
            .expect("a budget while reconnecting");
        let (client, request, cursor) = (self.client, self.request.clone(), self.cursor);
        async move {
            client
                .open_stream(&request, cursor, &budget)
                .await
                .map_err(|err| match err {
                    ClientError::Unavailable(why) => ClientError::Unavailable(format!(
                        "lost the stream of events, and could not reconnect: {why}"
                    )),
                    refused => refused,
                })
        }
    }

    /// What an SSE event hands out, if anything: not an event already handed out, nor one of
    /// a kind this tik does not know (from a newer service).
    fn take(&mut self, sse: &Sse) -> Result<Option<Item>> {
        if sse.event == READY_EVENT {
            let ready: StreamReady = decode(sse)?;
            let start = sse.id.trim().parse().map_err(|_| {
                ClientError::Service(format!(
                    "the stream's ready event has no seq for an id: {:?}",
                    sse.id
                ))
            })?;
            let resumed = self.reconnecting.take().is_some();
            return Ok(match self.cursor {
                Some(_) if resumed => Some(Item::Back),
                Some(_) => None,
                None => {
                    self.cursor = Some(start);
                    Some(Item::Ready(ready))
                }
            });
        }
        if sse.event != MESSAGE_EVENT {
            return Ok(None);
        }
        let event: TicketEvent = decode(sse)?;
        if self.cursor.is_some_and(|cursor| event.seq <= cursor) {
            return Ok(None);
        }
        self.cursor = Some(event.seq);
        Ok(Some(Item::Event(Box::new(event))))
    }
}

fn decode<T: DeserializeOwned>(sse: &Sse) -> Result<T> {
    serde_json::from_str(&sse.data).map_err(|err| {
        ClientError::Service(format!(
            "the service sent a {} event tik cannot read: {err}",
            sse.event
        ))
    })
}
