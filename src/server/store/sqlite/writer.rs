//! The single writer: one connection on its own thread. Jobs that queue while a transaction
//! runs are committed together (group commit: one fsync for the lot under load), each inside
//! a savepoint so that one failing job leaves the others whole. After each commit, once its
//! callers are answered, the writer runs its `after_commit` (publishing the new events).
//! Answering first matters under fan-out: publishing wakes every stream, and a caller woken
//! after them would wait for all of them to be served. A stream opened after the answer still
//! has the change, from the table: it is committed.

use std::sync::mpsc;

use rusqlite::Connection;
use tokio::sync::oneshot;

use crate::server::error::{Error, Result};

/// Runs a job's work and returns what to tell its caller once the transaction has ended.
type Job = Box<dyn FnOnce(&Connection) -> Reply + Send>;
type Reply = Box<dyn FnOnce(bool) + Send>;

/// The most jobs one transaction holds, so a burst cannot delay its first caller for long.
const MAX_BATCH: usize = 256;

pub(super) struct Writer {
    jobs: mpsc::Sender<Job>,
}

impl Writer {
    pub(super) fn start(
        conn: Connection,
        after_commit: impl FnMut(&Connection) + Send + 'static,
    ) -> std::io::Result<Self> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("tik-writer".into())
            .spawn(move || run(&conn, &queue, after_commit))?;
        Ok(Self { jobs })
    }

    /// Runs `work` in the next transaction; answers once that transaction is on disk.
    pub(super) async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (done, answer) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let outcome = in_savepoint(conn, work);
            Box::new(move |committed| {
                let outcome = match outcome {
                    Ok(_) if !committed => {
                        Err(Error::Internal("the transaction did not commit".into()))
                    }
                    other => other,
                };
                // The caller may have gone away (client disconnected); the work stands.
                let _ = done.send(outcome);
            })
        });
        self.jobs
            .send(job)
            .map_err(|_| Error::Internal("the database writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| Error::Internal("the database writer dropped a job".into()))?
    }

    /// Queues `work` for the next transaction without waiting for it: for what no caller
    /// needs to see done (a token's last use). A failure is logged.
    pub(super) fn submit(
        &self,
        what: &'static str,
        work: impl FnOnce(&Connection) -> Result<()> + Send + 'static,
    ) {
        let job: Job = Box::new(move |conn| {
            let outcome = in_savepoint(conn, work);
            Box::new(move |committed| match outcome {
                Err(err) => tracing::warn!(%err, "cannot record {what}"),
                Ok(()) if !committed => tracing::warn!("cannot record {what}: no commit"),
                Ok(()) => {}
            })
        });
        if self.jobs.send(job).is_err() {
            tracing::warn!("cannot record {what}: the database writer has stopped");
        }
    }
}

fn in_savepoint<T>(conn: &Connection, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    conn.execute_batch("SAVEPOINT job")?;
    let outcome = work(conn);
    let end = if outcome.is_ok() {
        "RELEASE job"
    } else {
        "ROLLBACK TO job; RELEASE job"
    };
    conn.execute_batch(end)?;
    outcome
}

fn run(conn: &Connection, queue: &mpsc::Receiver<Job>, mut after_commit: impl FnMut(&Connection)) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        if let Err(err) = conn.execute_batch("BEGIN IMMEDIATE") {
            // Dropping the jobs unrun tells each caller the write failed.
            tracing::error!(%err, "could not begin a transaction");
            continue;
        }
        let replies: Vec<Reply> = batch.into_iter().map(|job| job(conn)).collect();
        let committed = match conn.execute_batch("COMMIT") {
            Ok(()) => true,
            Err(err) => {
                tracing::error!(%err, "commit failed");
                let _ = conn.execute_batch("ROLLBACK");
                false
            }
        };
        for reply in replies {
            reply(committed);
        }
        if committed {
            after_commit(conn);
        }
    }
}
