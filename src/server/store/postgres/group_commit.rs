//! Group commit for openings: the tickets a replica is asked to open at once are opened in one
//! transaction, side by side, as the SQLite backend's writer commits every change.
//!
//! Only openings need it. Every opening takes the next key number, and the counter's row stays
//! locked from that number to the commit so that keys have no gap: one opening at a time,
//! across all replicas. Made one a transaction, each would hold the lock for its own dozen
//! round trips and flush, and the next would then wait its turn to be woken. Made in batches,
//! the lock is taken once and the WAL flushed once for all of a batch. Other changes lock only
//! the ticket they change, so they run side by side on the pool, and PostgreSQL already
//! groups their flushes.
//!
//! In a batch, the openings' statements are all sent before any answer is awaited (pipelined),
//! so that the batch holds the lock for about the round trips of one opening, not of all. They
//! then share one savepoint: should one of them fail, the batch goes back to it and runs them
//! again one by one, each in a savepoint of its own, so that one failing leaves the others
//! whole. An opening's work may therefore run twice, and is a `Fn`.
//!
//! A batch locks the counter before anything else. An opening may then lock a ticket (the
//! holder of its dedupe key), but nothing that holds a ticket ever waits for the counter, so
//! batches of two replicas queue for each other and never deadlock.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use deadpool_postgres::Pool;
use futures_util::future::{BoxFuture, join_all};
use tokio::sync::{Notify, mpsc, oneshot};

use super::Tx;
use crate::server::error::{Error, Result};

/// What an opening works with: the batch's transaction and key numbers.
#[derive(Clone, Copy)]
pub(super) struct Batch<'c> {
    pub(super) tx: &'c Tx<'c>,
    pub(super) numbers: &'c Numbers,
}

/// The most openings one transaction holds, so that a burst cannot keep the first of them
/// (nor the tickets its dedupe keys lock) waiting long. Run one by one, each takes a
/// subtransaction (its savepoint), and PostgreSQL keeps 64 a transaction in shared memory:
/// past that, every snapshot on the server must look them up on disk.
const MAX_BATCH: usize = 32;

/// The numbers of the batch's counter. Its row is locked from the batch's start to its
/// commit, so the batch counts here and writes the last number used once, before committing.
pub(super) struct Numbers {
    last: AtomicI64,
    /// A number was given back after a later one was taken: there is a gap to undo.
    gap: AtomicBool,
}

impl Numbers {
    fn new(last: i64) -> Self {
        Self {
            last: AtomicI64::new(last),
            gap: AtomicBool::new(false),
        }
    }

    /// Takes the next number.
    pub(super) fn take(&self) -> i64 {
        self.last.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Gives back `number`, taken and not used. Unless it is the last taken, that leaves a
    /// gap, and the openings that ran side by side run again one by one.
    pub(super) fn give_back(&self, number: i64) {
        let last =
            self.last
                .compare_exchange(number, number - 1, Ordering::Relaxed, Ordering::Relaxed);
        if last.is_err() {
            self.gap.store(true, Ordering::Relaxed);
        }
    }

    fn has_gap(&self) -> bool {
        self.gap.load(Ordering::Relaxed)
    }

    fn last(&self) -> i64 {
        self.last.load(Ordering::Relaxed)
    }

    /// Forgets every number taken after `last`.
    fn rewind(&self, last: i64) {
        self.last.store(last, Ordering::Relaxed);
        self.gap.store(false, Ordering::Relaxed);
    }
}

/// An opening in a batch: work that may run more than once, and the caller to answer.
trait Opening: Send {
    /// Runs the work (again); true if it did what it was asked.
    fn run<'c>(&'c mut self, batch: Batch<'c>) -> BoxFuture<'c, bool>;

    /// Answers the caller with the work's last outcome, told how the batch's transaction ended.
    fn answer(self: Box<Self>, ended: &Result<()>);
}

/// Work done in a batch; it runs in the batch's transaction and may run twice.
type Work<T> = Box<dyn for<'c> Fn(Batch<'c>) -> BoxFuture<'c, Result<T>> + Send>;

struct Pending<T> {
    work: Work<T>,
    outcome: Option<Result<T>>,
    caller: oneshot::Sender<Result<T>>,
}

impl<T: Send> Opening for Pending<T> {
    fn run<'c>(&'c mut self, batch: Batch<'c>) -> BoxFuture<'c, bool> {
        Box::pin(async move {
            let outcome = (self.work)(batch).await;
            let done = outcome.is_ok();
            self.outcome = Some(outcome);
            done
        })
    }

    fn answer(self: Box<Self>, ended: &Result<()>) {
        let answer = match (self.outcome, ended) {
            (Some(Err(refused)), _) => Err(refused),
            (_, Err(failed)) => Err(failed.clone()),
            (Some(Ok(value)), Ok(())) => Ok(value),
            (None, Ok(())) => Err(Error::internal("an opening did not run")),
        };
        // The caller may have gone away (client disconnected); the work stands.
        let _ = self.caller.send(answer);
    }
}

pub(super) struct GroupCommit {
    queue: mpsc::UnboundedSender<Box<dyn Opening>>,
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
        let (queue, openings) = mpsc::unbounded_channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("tik-openings".into())
            .spawn(move || runtime.block_on(run(pool, counter, openings, committed)))?;
        Ok(Self { queue })
    }

    /// Runs `work` in the next batch; answers once that batch has committed. `work` takes
    /// its key number with [`Numbers::take`], and gives it back if it did not use it.
    pub(super) async fn run<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: for<'c> Fn(Batch<'c>) -> BoxFuture<'c, Result<T>> + Send + 'static,
    {
        let (caller, answer) = oneshot::channel();
        let opening = Pending {
            work: Box::new(work),
            outcome: None,
            caller,
        };
        self.queue
            .send(Box::new(opening))
            .map_err(|_| Error::internal("the openings' group commit has stopped"))?;
        answer
            .await
            .map_err(|_| Error::internal("the openings' group commit dropped an opening"))?
    }
}

async fn run(
    pool: Pool,
    counter: &'static str,
    mut queue: mpsc::UnboundedReceiver<Box<dyn Opening>>,
    committed: Arc<Notify>,
) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(opening) => batch.push(opening),
                Err(_) => break,
            }
        }
        let ended = one_transaction(&pool, counter, &mut batch).await;
        if let Err(err) = &ended {
            tracing::error!(%err, "a batch of openings did not commit");
        }
        for opening in batch {
            opening.answer(&ended);
        }
        if ended.is_ok() {
            committed.notify_one();
        }
    }
}

/// Runs `openings` in one transaction, and says how it ended.
async fn one_transaction(
    pool: &Pool,
    counter: &str,
    openings: &mut [Box<dyn Opening>],
) -> Result<()> {
    let mut client = pool.get().await?;
    let (tx, first) = begin(&mut client, counter).await?;
    let numbers = Numbers::new(first);
    let batch = Batch {
        tx: &tx,
        numbers: &numbers,
    };
    if openings.len() == 1 || !side_by_side(batch, openings).await? {
        // One by one, each in a savepoint of its own, undone if it fails.
        for opening in openings.iter_mut() {
            in_savepoint(batch, "alone", opening.run(batch)).await?;
        }
    }
    let last = numbers.last();
    commit(tx, counter, (last != first).then_some(last)).await
}

/// Runs `openings` side by side, in one savepoint: true if they all did what they were asked
/// and left no gap in the numbers; otherwise nothing they did is kept, to run them again.
async fn side_by_side(batch: Batch<'_>, openings: &mut [Box<dyn Opening>]) -> Result<bool> {
    in_savepoint(batch, "together", async {
        // Each opening sends its statements up to its first wait for an answer when first
        // polled, after the savepoint: all are on their way before the first answer is back.
        let done = join_all(openings.iter_mut().map(|opening| opening.run(batch))).await;
        done.into_iter().all(|done| done) && !batch.numbers.has_gap()
    })
    .await
}

/// Runs `work` in savepoint `name`, and goes back to it (with the numbers) unless it says it
/// did what it was asked; says whether it did.
///
/// The savepoint is sent with the work's first statement, in one round trip, and is never
/// released: the next one nests inside it, and the commit keeps them all. Releasing would
/// cost a round trip each and keep nothing fewer, since PostgreSQL counts a released
/// savepoint's subtransaction until the end of the transaction all the same.
async fn in_savepoint(
    batch: Batch<'_>,
    name: &str,
    work: impl Future<Output = bool>,
) -> Result<bool> {
    let numbered = batch.numbers.last();
    let savepoint = format!("SAVEPOINT {name}");
    let (begun, done) = futures_util::join!(batch.tx.batch_execute(&savepoint), work);
    begun?;
    if !done {
        batch
            .tx
            .batch_execute(&format!("ROLLBACK TO SAVEPOINT {name}"))
            .await?;
        batch.numbers.rewind(numbered);
    }
    Ok(done)
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
