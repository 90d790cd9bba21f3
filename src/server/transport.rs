//! Connections: accepting them, bounding how long a client may take, and how many may be open.
//!
//! A client that sends half its headers, or a body that stalls, must not hold a connection
//! (and a file descriptor) for ever: headers get `header_timeout` in all, and a request body
//! `body_timeout` between two pieces of it, so a slow upload that keeps moving still succeeds;
//! a client that stops reading its answer gets as long.
//! At most `max_connections` are open at once. When a new one arrives at the cap, the oldest
//! connection with no request under way (a half-sent header, an idle keep-alive) is closed to
//! make room, as nginx reuses idle connections; only when every connection is working a request
//! is the newcomer turned away with a 503. So a flood of half-open connections cannot keep a
//! real request, or `/v1/health`, from an answer.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tower::ServiceExt as _;

use crate::api::{PROBLEM_JSON, Problem};

/// How long and how many: `tik serve`'s transport settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TransportLimits {
    /// The most time a client may take to send a request's headers (and, between requests on
    /// a kept-alive connection, to start the next one).
    pub(crate) header_timeout: Duration,
    /// The most time a request body may go without sending a byte, or a client without
    /// reading one of its answer.
    pub(crate) body_timeout: Duration,
    pub(crate) max_connections: usize,
}

/// File descriptors kept for the database, logs and the like, outside the connection cap.
const RESERVED_FILES: u64 = 256;
/// The default cap, when the open-file limit allows it.
pub(crate) const DEFAULT_MAX_CONNECTIONS: usize = 10_000;

/// Raises the open-file limit to the most the system allows this process, and returns the
/// most connections that fit in it: each may hold two descriptors (its socket and a file being
/// streamed).
pub(crate) fn raise_open_file_limit() -> usize {
    let limit = match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => limit,
        Err(err) => {
            tracing::warn!(%err, "cannot read the open-file limit");
            1024
        }
    };
    usize::try_from(limit.saturating_sub(RESERVED_FILES) / 2).unwrap_or(usize::MAX)
}

/// Connections the kernel completes before they are accepted. A long queue rides out a burst
/// of connections (a flood among them) instead of dropping their SYNs, which costs a real
/// client a one-second retransmission; the system caps it (`net.core.somaxconn`).
const LISTEN_BACKLOG: u32 = 4096;

/// Listens on `address` (`host:port`; port 0 picks a free one).
pub(crate) async fn listen(address: &str) -> std::io::Result<TcpListener> {
    let mut last_error = None;
    for addr in tokio::net::lookup_host(address).await? {
        let socket = if addr.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        socket.set_reuseaddr(true)?;
        match socket
            .bind(addr)
            .and_then(|()| socket.listen(LISTEN_BACKLOG))
        {
            Ok(listener) => return Ok(listener),
            Err(err) => last_error = Some(err),
        }
    }
    Err(last_error.unwrap_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the address resolves to nothing",
        )
    }))
}

/// Serves `router` on `listener` until `shutdown` completes, then lets the requests under way
/// finish.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    limits: TransportLimits,
    shutdown: impl Future<Output = ()>,
) {
    let registry = Arc::new(Registry::new(limits.max_connections));
    let stopping = CancellationToken::new();
    let tasks = TaskTracker::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(err) => {
                    // Out of descriptors, or a connection reset before it was accepted: wait
                    // a moment rather than spin, and go on.
                    tracing::warn!(%err, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let Some(slot) = registry.admit() else {
            shed(stream, &tasks);
            continue;
        };
        let _ = stream.set_nodelay(true);
        tasks.spawn(connection(
            stream,
            router.clone(),
            slot,
            limits,
            // A child each: a connection that waits on it does not share one lock with
            // every other connection (a token's state is behind a mutex).
            stopping.child_token(),
        ));
    }
    stopping.cancel();
    tasks.close();
    tasks.wait().await;
}

async fn connection(
    stream: TcpStream,
    router: Router,
    slot: Slot,
    limits: TransportLimits,
    stopping: CancellationToken,
) {
    let state = Arc::clone(&slot.connection);
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let working = Working::start(&state);
        let request = request.map(|body| {
            Body::new(tower_http::timeout::TimeoutBody::new(
                limits.body_timeout,
                body,
            ))
        });
        let router = router.clone();
        async move {
            let response = router.oneshot(request).await?;
            // The request is under way until its answer has been sent in full.
            Ok::<_, Infallible>(response.map(|body| Body::new(Tracked { body, working })))
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let stream = StallGuard::new(stream, limits.body_timeout);
    let served = builder.serve_connection(TokioIo::new(stream), service);
    let mut served = std::pin::pin!(served);
    tokio::select! {
        result = served.as_mut() => {
            if let Err(err) = result {
                tracing::debug!(%err, "connection ended");
            }
        }
        () = slot.connection.evicted.cancelled() => {}
        () = stopping.cancelled() => {
            served.as_mut().graceful_shutdown();
            let _ = served.await;
        }
    }
}

/// A socket whose writes fail once the client has read nothing for `limit`: a client that
/// asks for a large file and never reads it must not hold its connection for ever.
struct StallGuard {
    stream: TcpStream,
    limit: Duration,
    stalled_since: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl StallGuard {
    fn new(stream: TcpStream, limit: Duration) -> Self {
        Self {
            stream,
            limit,
            stalled_since: None,
        }
    }

    /// Passes on a write's outcome, timing how long it has been waiting.
    fn watch<T>(
        &mut self,
        cx: &mut Context<'_>,
        outcome: Poll<std::io::Result<T>>,
    ) -> Poll<std::io::Result<T>> {
        if outcome.is_ready() {
            self.stalled_since = None;
            return outcome;
        }
        let limit = self.limit;
        let stall = self
            .stalled_since
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        match stall.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the client stopped reading",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl tokio::io::AsyncRead for StallGuard {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for StallGuard {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let outcome = Pin::new(&mut self.stream).poll_write(cx, buf);
        self.watch(cx, outcome)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let outcome = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        self.watch(cx, outcome)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let outcome = Pin::new(&mut self.stream).poll_flush(cx);
        self.watch(cx, outcome)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// The connections open now, oldest first, each with how many requests it is working on.
struct Registry {
    max: usize,
    open: Mutex<BTreeMap<u64, Arc<Connection>>>,
    next_id: std::sync::atomic::AtomicU64,
}

struct Connection {
    working: AtomicUsize,
    evicted: CancellationToken,
}

impl Registry {
    fn new(max: usize) -> Self {
        Self {
            max,
            open: Mutex::new(BTreeMap::new()),
            next_id: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// A place for a new connection, made by closing the oldest idle one at the cap; `None`
    /// when every connection is working.
    fn admit(self: &Arc<Self>) -> Option<Slot> {
        let mut open = self.open.lock().expect("the registry lock");
        if open.len() >= self.max {
            let idle = open
                .iter()
                .find(|(_, c)| c.working.load(Ordering::Acquire) == 0)
                .map(|(id, _)| *id)?;
            if let Some(connection) = open.remove(&idle) {
                connection.evicted.cancel();
            }
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let connection = Arc::new(Connection {
            working: AtomicUsize::new(0),
            evicted: CancellationToken::new(),
        });
        open.insert(id, Arc::clone(&connection));
        Some(Slot {
            id,
            connection,
            registry: Arc::clone(self),
        })
    }
}

/// A connection's place in the registry, given back when the connection ends.
struct Slot {
    id: u64,
    connection: Arc<Connection>,
    registry: Arc<Registry>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut open) = self.registry.open.lock() {
            open.remove(&self.id);
        }
    }
}

/// Marks a connection as working on a request while it lives.
struct Working(Arc<Connection>);

impl Working {
    fn start(connection: &Arc<Connection>) -> Self {
        connection.working.fetch_add(1, Ordering::AcqRel);
        Self(Arc::clone(connection))
    }
}

impl Drop for Working {
    fn drop(&mut self) {
        self.0.working.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A response body that keeps its connection marked as working until it is sent or dropped.
struct Tracked {
    body: Body,
    #[allow(dead_code)] // held for its `Drop`
    working: Working,
}

impl http_body::Body for Tracked {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// How many turned-away connections may be told so at once; past that they are just closed.
const MAX_SHEDDING: usize = 64;
static SHEDDING: AtomicUsize = AtomicUsize::new(0);

/// Answers 503 on a connection over the cap, and closes it.
fn shed(mut stream: TcpStream, tasks: &TaskTracker) {
    if SHEDDING.fetch_add(1, Ordering::AcqRel) >= MAX_SHEDDING {
        SHEDDING.fetch_sub(1, Ordering::AcqRel);
        return;
    }
    tasks.spawn(async move {
        let _ = tokio::time::timeout(Duration::from_secs(1), async {
            stream.write_all(overloaded().as_bytes()).await?;
            stream.shutdown().await?;
            // Read what the client sent until it closes, so closing does not reset the
            // connection before the answer is read.
            let mut sink = [0; 1024];
            while stream.read(&mut sink).await? > 0 {}
            std::io::Result::Ok(())
        })
        .await;
        SHEDDING.fetch_sub(1, Ordering::AcqRel);
    });
}

/// The raw 503 answer, problem+json like every other error.
fn overloaded() -> String {
    let problem = Problem {
        kind: "https://tik.dev/problems/overloaded".into(),
        title: "Service overloaded".into(),
        status: 503,
        detail: Some("every connection is busy; try again in a moment".into()),
        errors: Vec::new(),
    };
    let body = serde_json::to_string(&problem).expect("a problem serialises");
    format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: {PROBLEM_JSON}\r\nretry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_cap_the_oldest_idle_connection_makes_room() {
        let registry = Arc::new(Registry::new(2));
        let first = registry.admit().unwrap();
        let second = registry.admit().unwrap();
        let working = Working::start(&first.connection);
        let third = registry
            .admit()
            .expect("the idle second connection makes room");
        assert!(!first.connection.evicted.is_cancelled(), "it is working");
        assert!(second.connection.evicted.is_cancelled());
        let _also_working = Working::start(&third.connection);
        assert!(registry.admit().is_none(), "every connection is working");
        drop(working);
        assert!(registry.admit().is_some());
        assert!(first.connection.evicted.is_cancelled());
    }

    #[test]
    fn a_closed_connection_gives_its_place_back() {
        let registry = Arc::new(Registry::new(1));
        let only = registry.admit().unwrap();
        let working = Working::start(&only.connection);
        assert!(registry.admit().is_none());
        drop(working);
        drop(only);
        let next = registry.admit().unwrap();
        assert!(!next.connection.evicted.is_cancelled());
    }

    #[test]
    fn the_overloaded_answer_is_a_problem() {
        let answer = overloaded();
        assert!(answer.starts_with("HTTP/1.1 503 "));
        let (head, body) = answer.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("content-length: {}", body.len())));
        let problem: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(problem["status"], 503);
    }
}
