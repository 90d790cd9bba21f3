//! Group commit for openings: the tickets a replica is asked to open at once are opened in one
//! transaction, each in a savepoint of its own so that one failing leaves the others whole,
//! as the SQLite backend's writer commits every change.
//!
//! Only openings need it. Every opening takes the next key number, and the counter's row stays
//! locked from that number to the commit so that keys have no gap: one opening at a time,
//! across all replicas. Made one a transaction, each would hold the lock for its own dozen
//! round trips and flush, and the next would then wait its turn to be woken. Made in batches,
//! the lock is taken once and the WAL flushed once for all of a batch. Other changes lock only
//! the ticket they change, so they run side by side on the pool, and PostgreSQL already
//! groups their flushes.
//!
//! A batch locks the counter before anything else. An opening may then lock a ticket (the
//! holder of its dedupe key), but nothing that holds a ticket ever waits for the counter, so
//! batches of two replicas queue for each other and never deadlock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use deadpool_postgres::Pool;
use futures_util::future::BoxFuture;
use tokio::sync::{Notify, mpsc, oneshot};

use super::Tx;
use crate::server::error::{Error, Result};

/// Runs an opening's work in the batch's transaction (`None`: the batch could not begin, so
/// it does not run), and returns what to tell its caller once that transaction has ended.
type Job = Box<dyn for<'c> FnOnce(Option<Batch<'c>>) -> BoxFuture<'c, Reply> + Send>;
/// Answers a caller, told how the batch's transaction ended.
type Reply = Box<dyn FnOnce(&Result<()>) + Send>;

/// What an opening works with: the batch's transaction and key numbers.
#[derive(Clone, Copy)]
pub(super) struct Batch<'c> {
    pub(super) tx: &'c Tx<'c>,
    pub(super) numbers: &'c Numbers,
}

/// The most openings one transaction holds, so that a burst cannot keep the first of them
/// (nor the tickets its dedupe keys lock) waiting long. Each takes a subtransaction (its
/// savepoint), and PostgreSQL keeps 64 a transaction in shared memory: past that, every
/// snapshot on the server must look them up on disk.
const MAX_BATCH: usize = 32;

/// The numbers of the batch's counter. Its row is locked from the batch's start to its
/// commit, so the batch counts here and writes the last number used once, before committing.
pub(super) struct Numbers {
    last: AtomicI64,
}

impl Numbers {
    /// The number the next opening is to take.
    pub(super) fn next(&self) -> i64 {
        self.last.load(Ordering::Relaxed) + 1
    }

    /// Records that the next number is taken: call once it is written.
    pub(super) fn take(&self) {
        self.last.fetch_add(1, Ordering::Relaxed);
    }
}

pub(super) struct GroupCommit {
    jobs: mpsc::UnboundedSender<Job>,
}

impl GroupCommit {
    /// Starts the thread that runs the batches on a connection of `pool` (of one), each
    /// locking the row of `counter` first, and tells `committed` after each commit.
    ///
    /// A thread of its own, with its own runtime, because a batch is a chain of round trips
    /// that every opening waits for: on the service's runtime, each answer from the database
    /// would wait its turn behind the requests being read and written.
    pub(super) fn start(
        pool: Pool,
        counter: &'static str,
        committed: Arc<Notify>,
    ) -> std::io::Result<Self> {
        let (jobs, queue) = mpsc::unbounded_channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("tik-openings".into())
            .spawn(move || runtime.block_on(run(pool, counter, queue, committed)))?;
        Ok(Self { jobs })
    }

    /// Runs `work` in the next batch; answers once that batch has committed.
    pub(super) async fn run<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(Batch<'c>) -> BoxFuture<'c, Result<T>> + Send + 'static,
    {
        let (done, answer) = oneshot::channel();
        let job: Job = Box::new(move |batch| {
            Box::pin(async move {
                let outcome = match batch {
                    Some(batch) => Some(in_savepoint(batch, work).await),
                    None => None,
                };
                Box::new(move |ended: &Result<()>| {
                    let answer = match (outcome, ended) {
                        (Some(Err(refused)), _) => Err(refused),
                        (_, Err(failed)) => Err(failed.clone()),
                        (Some(Ok(value)), Ok(())) => Ok(value),
                        (None, Ok(())) => Err(Error::internal("an opening did not run")),
                    };
                    // The caller may have gone away (client disconnected); the work stands.
                    let _ = done.send(answer);
                }) as Reply
            })
        });
        self.jobs
            .send(job)
            .map_err(|_| Error::internal("the openings' group commit has stopped"))?;
        answer
            .await
            .map_err(|_| Error::internal("the openings' group commit dropped an opening"))?
    }
}

/// Runs `work` in a savepoint of its own, undone (with the numbers it took) if it fails.
///
/// The savepoint is sent with the work's first statement, in one round trip, and is never
/// released: the next job's nests inside it, and the commit keeps them all. Releasing would
/// cost a round trip a job and keep nothing fewer, since PostgreSQL counts a released
/// savepoint's subtransaction until the end of the transaction all the same.
async fn in_savepoint<T, F>(batch: Batch<'_>, work: F) -> Result<T>
where
    F: for<'c> FnOnce(Batch<'c>) -> BoxFuture<'c, Result<T>>,
{
    let numbered = batch.numbers.last.load(Ordering::Relaxed);
    let (begun, outcome) =
        futures_util::join!(batch.tx.batch_execute("SAVEPOINT job"), work(batch));
    begun?;
    if outcome.is_err() {
        batch.tx.batch_execute("ROLLBACK TO SAVEPOINT job").await?;
        batch.numbers.last.store(numbered, Ordering::Relaxed);
    }
    outcome
}

async fn run(
    pool: Pool,
    counter: &'static str,
    mut queue: mpsc::UnboundedReceiver<Job>,
    committed: Arc<Notify>,
) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let (replies, ended) = one_transaction(&pool, counter, batch).await;
        if let Err(err) = &ended {
            tracing::error!(%err, "a batch of openings did not commit");
        }
        for reply in replies {
            reply(&ended);
        }
        if ended.is_ok() {
            committed.notify_one();
        }
    }
}

/// Runs `jobs` in one transaction; each job's reply, and how the transaction ended.
async fn one_transaction(
    pool: &Pool,
    counter: &str,
    mut jobs: Vec<Job>,
) -> (Vec<Reply>, Result<()>) {
    let mut replies = Vec::with_capacity(jobs.len());
    let ended = match pool.get().await {
        Err(err) => Err(err.into()),
        Ok(mut client) => match begin(&mut client, counter).await {
            Err(err) => Err(err),
            Ok((tx, first)) => {
                let numbers = Numbers {
                    last: AtomicI64::new(first),
                };
                let batch = Batch {
                    tx: &tx,
                    numbers: &numbers,
                };
                for job in jobs.drain(..) {
                    replies.push(job(Some(batch)).await);
                }
                let last = numbers.last.load(Ordering::Relaxed);
                commit(tx, counter, (last != first).then_some(last)).await
            }
        },
    };
    // What is left never ran: the batch could not begin.
    for job in jobs {
        replies.push(job(None).await);
    }
    (replies, ended)
}

/// Begins a batch's transaction, its counter's row locked first (made if it is not yet), and
/// reads the last number the counter gave.
async fn begin<'c>(
    client: &'c mut deadpool_postgres::Client,
    counter: &str,
) -> Result<(Tx<'c>, i64)> {
    let tx = client.transaction().await?;
    let last: i64 = super::rows::query_one(
        &tx,
        "INSERT INTO counters (name, value) VALUES ($1, 0)
         ON CONFLICT (name) DO UPDATE SET value = counters.value
         RETURNING value",
        &[&counter],
    )
    .await?
    .try_get(0)?;
    Ok((tx, last))
}

/// Commits a batch, with the counter's new last number if it took any.
async fn commit(tx: Tx<'_>, counter: &str, last: Option<i64>) -> Result<()> {
    if let Some(last) = last {
        super::rows::execute(
            &tx,
            "UPDATE counters SET value = $2 WHERE name = $1",
            &[&counter, &last],
        )
        .await?;
    }
    Ok(tx.commit().await?)
}
