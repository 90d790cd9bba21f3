//! Files on their way to a service: streamed to `POST /v1/uploads`, never read whole, and sent
//! again from the start while the retry policy allows.
//!
//! An upload is given the budget to wait on the service, before its body and after it, but
//! not for the body itself: time its bytes spend moving does not count ([`Budget::moving`]),
//! so a large file on a slow link is not cut off. What stops an upload is the service making
//! it wait, before or after the body, for what is left of the budget, or its body standing
//! still for as long as the whole budget (the command has then waited all it may). The body
//! is out once its last byte is in the socket's buffer: what the link still has to carry of
//! it from there (a few MiB at most) counts as waiting.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use futures_util::Stream;
use indicatif::ProgressBar;
use rand::SeedableRng as _;
use reqwest::{Method, Response};
use tokio::sync::Notify;
use tokio::time::Instant;

use super::retry::{self, Budget, Failure, Moving, Repeat, Trouble};
use super::{ClientError, HttpClient, LocalFile, seconds};
use crate::api::{IDEMPOTENCY_KEY, Upload};

type Result<T> = std::result::Result<T, ClientError>;

impl HttpClient {
    /// Streams one file to `POST /v1/uploads` under the idempotency key `key`, advancing
    /// `progress` as bytes leave.
    pub(super) async fn upload(
        &self,
        file: &LocalFile,
        key: &str,
        progress: &ProgressBar,
    ) -> Result<Upload> {
        let digest = file.sha256().await?;
        let digest = format!(
            "sha-256=:{}:",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        let start = progress.position();
        let mut rng = rand::rngs::SmallRng::from_os_rng();
        let sent = retry::retrying(
            &self.budget,
            Repeat::of(&Method::POST, true),
            &mut rng,
            |left| {
                progress.set_position(start);
                self.upload_once(file, key, &digest, progress, left)
            },
        )
        .await
        .map_err(|err| self.keys.explain(err))?;
        self.decode(sent).await
    }

    async fn upload_once(
        &self,
        file: &LocalFile,
        key: &str,
        digest: &str,
        progress: &ProgressBar,
        left: Duration,
    ) -> std::result::Result<Response, Failure> {
        let opened = tokio::fs::File::open(&file.path)
            .await
            .map_err(|e| Failure {
                trouble: Trouble::Unsendable,
                error: ClientError::io(format!("cannot read {}", file.path.display()), e),
                retry_after: None,
            })?;
        let pace = Arc::new(Pace::new(self.budget.clone()));
        let body = Paced {
            pieces: tokio_util::io::ReaderStream::new(opened),
            unsent: file.size,
            pace: pace.clone(),
            progress: progress.clone(),
        };
        let sent = self
            .request(Method::POST, "/uploads")
            .query(&[("name", &file.name)])
            .header(IDEMPOTENCY_KEY, key)
            .header(reqwest::header::CONTENT_TYPE, &file.media_type)
            .header(reqwest::header::CONTENT_LENGTH, file.size)
            .header("content-digest", digest)
            .body(reqwest::Body::wrap_stream(body))
            .send();
        let outcome = tokio::select! {
            outcome = sent => Ok(outcome),
            stopped = pace.stopped(self.budget.total()) => Err(stopped),
        };
        // Whatever the connection does with the body from here is no longer this attempt's.
        pace.end();
        match outcome {
            Ok(outcome) => self.judge(outcome, left).await,
            Err(Trouble::Stalled) => Err(Failure {
                trouble: Trouble::Stalled,
                error: ClientError::Unavailable(format!(
                    "the upload of {} to {} stood still for {} s (--timeout or TIK_TIMEOUT \
                     waits longer)",
                    file.name,
                    self.host(),
                    seconds(self.budget.total())
                )),
                retry_after: None,
            }),
            Err(trouble) => Err(Failure {
                trouble,
                error: self.no_answer(left),
                retry_after: None,
            }),
        }
    }
}

/// How an upload's body is going, for the budget and the watchdog ([`Pace::stopped`]).
struct Pace {
    budget: Arc<Budget>,
    state: Mutex<PaceState>,
    /// Told when the body starts moving or ends: the watchdog's deadline changes then.
    changed: Notify,
}

#[derive(Default)]
struct PaceState {
    /// Held from the first piece to the end of the body: meanwhile the budget stands still.
    moving: Option<Moving>,
    last_piece: Option<Instant>,
    ended: bool,
}

impl Pace {
    fn new(budget: Arc<Budget>) -> Self {
        Self {
            budget,
            state: Mutex::default(),
            changed: Notify::new(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, PaceState> {
        self.state.lock().expect("an upload's pace")
    }

    fn piece(&self) {
        let mut state = self.state();
        if state.ended {
            return;
        }
        state.last_piece = Some(Instant::now());
        if state.moving.is_none() {
            state.moving = Some(self.budget.moving());
            self.changed.notify_one();
        }
    }

    fn end(&self) {
        let mut state = self.state();
        state.ended = true;
        state.moving = None;
        self.changed.notify_one();
    }

    /// Resolves when the upload has stopped: its body still for `stall` while it moves
    /// ([`Trouble::Stalled`]), or, while it waits on the service, the budget spent
    /// ([`Trouble::TimedOut`]).
    async fn stopped(&self, stall: Duration) -> Trouble {
        loop {
            let (deadline, trouble) = {
                let state = self.state();
                match (&state.moving, state.last_piece) {
                    (Some(_), Some(last)) => (last + stall, Trouble::Stalled),
                    _ => (Instant::now() + self.budget.remaining(), Trouble::TimedOut),
                }
            };
            if Instant::now() >= deadline {
                return trouble;
            }
            tokio::select! {
                () = tokio::time::sleep_until(deadline) => {}
                () = self.changed.notified() => {}
            }
        }
    }
}

/// A file's pieces, telling its [`Pace`] and progress bar as each one leaves.
struct Paced<S> {
    pieces: S,
    /// Bytes still to send. The body ends with its last byte: a connection that knows its
    /// length never asks for more.
    unsent: u64,
    pace: Arc<Pace>,
    progress: ProgressBar,
}

impl<S, P, E> Stream for Paced<S>
where
    S: Stream<Item = std::result::Result<P, E>> + Unpin,
    P: AsRef<[u8]>,
{
    type Item = S::Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let polled = Pin::new(&mut self.pieces).poll_next(cx);
        match &polled {
            Poll::Ready(Some(Ok(piece))) => {
                let size = piece.as_ref().len() as u64;
                self.unsent = self.unsent.saturating_sub(size);
                self.progress.inc(size);
                if self.unsent == 0 {
                    self.pace.end();
                } else {
                    self.pace.piece();
                }
            }
            Poll::Ready(_) => self.pace.end(),
            Poll::Pending => {}
        }
        polled
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use futures_util::StreamExt as _;

    use super::{Budget, Pace, Paced, Trouble};

    /// hyper asks a body of known length for no more once it has all of it: the last byte
    /// ends the transfer, and the budget runs again from there.
    #[tokio::test]
    async fn a_body_ends_with_its_last_byte() {
        let budget = Arc::new(Budget::new(Duration::from_secs(10)));
        let pace = Arc::new(Pace::new(budget.clone()));
        let pieces = futures_util::stream::iter([b"abc", b"def"].map(Ok::<_, std::io::Error>));
        let mut body = Paced {
            pieces,
            unsent: 6,
            pace: pace.clone(),
            progress: indicatif::ProgressBar::hidden(),
        };
        body.next().await;
        assert!(
            pace.state().moving.is_some(),
            "moving after the first piece"
        );
        body.next().await;
        let state = pace.state();
        assert!(state.ended && state.moving.is_none(), "ended with the last");
    }

    /// The watchdog, at paused (virtual) time: a body that moves is never stopped however long
    /// it takes; one that stands still is, after `stall`; before and after it, the budget rules.
    #[tokio::test(start_paused = true)]
    async fn an_upload_stops_when_it_stands_still_or_its_wait_outlasts_the_budget() {
        let second = Duration::from_secs(1);
        let budget = Arc::new(Budget::new(10 * second));
        let _waiting = budget.waiting();
        let pace = Pace::new(budget.clone());
        tokio::time::sleep(2 * second).await;
        let moving = async {
            for _ in 0..30 {
                pace.piece();
                tokio::time::sleep(second).await;
            }
            pace.end();
            std::future::pending::<()>().await;
        };
        let start = tokio::time::Instant::now();
        let trouble = tokio::select! {
            trouble = pace.stopped(5 * second) => trouble,
            () = moving => unreachable!(),
        };
        // 30 s of moving body, then the 8 s the budget had left.
        assert_eq!(trouble, Trouble::TimedOut);
        assert_eq!(start.elapsed(), 38 * second);
        assert_eq!(budget.remaining(), Duration::ZERO);

        let budget = Arc::new(Budget::new(10 * second));
        let _waiting = budget.waiting();
        let pace = Pace::new(budget.clone());
        pace.piece();
        let start = tokio::time::Instant::now();
        assert_eq!(pace.stopped(5 * second).await, Trouble::Stalled);
        assert_eq!(start.elapsed(), 5 * second);
        assert_eq!(
            budget.remaining(),
            10 * second,
            "standing still is not waiting"
        );
    }
}
