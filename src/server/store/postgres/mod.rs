//! The shared backend: PostgreSQL, for several `tik serve` replicas on one database. Nothing
//! a request needs lives only in one replica: rows, attachment bytes, idempotency records and
//! the events every replica's feed reads all live in the database.
//!
//! Each change is one transaction on a pooled connection (openings: a batch's, see
//! `group_commit`), at read committed: it locks the
//! ticket it changes first ([`rows::locked_ticket`]), so changes to one ticket follow one
//! another whichever replica makes them, as the SQLite backend's one writer makes them all.
//! Commits wait for the WAL to be flushed (`synchronous_commit=on`): acknowledged means
//! committed.

mod attachments;
mod blobs;
mod catalogue;
mod dedupe;
mod escalations;
mod events;
mod group_commit;
mod history;
mod people;
mod relations;
mod rows;
mod secrets;
mod thread;
mod tickets;
mod workflow;

use std::sync::{Arc, RwLock};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use futures_util::future::BoxFuture;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use tokio_postgres::NoTls;
use tokio_postgres::error::SqlState;

use self::group_commit::{Batch, GroupCommit};
use self::rows::{execute, now, query_opt};
use super::{Actor, Chore, Idempotency, Store};
use crate::server::error::{Error, Result};
use crate::server::rules;

/// A transaction on a pooled connection: what every query of this backend runs in.
pub(super) type Tx<'a> = deadpool_postgres::Transaction<'a>;

/// Migrations, applied in order; `tik_schema.version` records how many ran. The default
/// catalogue is the SQLite backend's own file: one catalogue, whatever the backend.
const MIGRATIONS: &[&str] = &[
    include_str!("001_schema.sql"),
    include_str!("../sqlite/002_default_catalogue.sql"),
    include_str!("003_event_seq_in_plpgsql.sql"),
];

/// Advisory lock keys, the same on every replica: one for migrations at start, one for each
/// chore of housekeeping, which one replica at a time does. Arbitrary numbers, named here once.
const MIGRATION_LOCK: i64 = 0x7469_6b00_0001;
const SWEEP_LOCK: i64 = 0x7469_6b00_0002;
const PURGE_LOCK: i64 = 0x7469_6b00_0003;

/// The counter of ticket keys, which every opening takes a number from.
const TICKET_COUNTER: &str = "ticket";

/// Connections a replica keeps at most. A change holds one until it commits.
const POOL_SIZE: usize = 16;

#[derive(Clone)]
pub(crate) struct PgStore {
    inner: Arc<Inner>,
}

struct Inner {
    pool: Pool,
    /// How to connect, for the connections outside the pool (the feed's listener).
    config: tokio_postgres::Config,
    ticket_prefix: String,
    escalation_prefix: String,
    /// The catalogue as last read; see [`PgStore::current_catalogue`].
    catalogue: RwLock<Option<Arc<catalogue::Versioned>>>,
    /// Every event, published by the feed's tailer once it is committed (`events`).
    events: tokio::sync::broadcast::Sender<Arc<crate::server::events::FeedEvent>>,
    /// Told after each commit of this replica, so its tailer reads at once and wakes the
    /// other replicas' (`events`).
    committed: Arc<tokio::sync::Notify>,
    /// Where tickets are opened, in batches (`group_commit`).
    openings: GroupCommit,
}

impl From<tokio_postgres::Error> for Error {
    fn from(err: tokio_postgres::Error) -> Self {
        match err.code() {
            // Two changes met on a row both needed (replicas locking tickets in opposite
            // orders): one gave way, and may simply be sent again.
            Some(&SqlState::T_R_DEADLOCK_DETECTED | &SqlState::T_R_SERIALIZATION_FAILURE) => {
                Self::Conflict(
                    "this change met another made at the same time; send it again".into(),
                )
            }
            // The server's own words (the bare error says only "db error").
            _ => match err.as_db_error() {
                Some(db) => Self::internal(format!(
                    "{}: {} ({})",
                    db.severity(),
                    db.message(),
                    db.code().code()
                )),
                None => Self::internal(err),
            },
        }
    }
}

impl From<deadpool_postgres::PoolError> for Error {
    fn from(err: deadpool_postgres::PoolError) -> Self {
        Self::internal(format!("cannot reach the database: {err}"))
    }
}

/// How to connect to the database at `url`, with what every connection of tik's needs.
fn config(url: &str) -> Result<tokio_postgres::Config> {
    let mut config: tokio_postgres::Config = url
        .parse()
        .map_err(|e| Error::BadRequest(format!("this is not a PostgreSQL URL: {e}")))?;
    // Whatever the server's default: a change is answered only once it is durable.
    let options = match config.get_options() {
        Some(given) => format!("{given} -c synchronous_commit=on"),
        None => "-c synchronous_commit=on".to_owned(),
    };
    config.options(&options);
    if config.get_application_name().is_none() {
        config.application_name("tik serve");
    }
    Ok(config)
}

/// A pool of at most `size` connections to `config`'s database. A connection is made, and its
/// I/O driven, on the runtime of the task that first needs it.
fn connections(config: &tokio_postgres::Config, size: usize) -> Result<Pool> {
    let manager = Manager::from_config(
        config.clone(),
        NoTls,
        ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        },
    );
    Pool::builder(manager)
        .max_size(size)
        .build()
        .map_err(Error::internal)
}

/// Whether `database` names a PostgreSQL database (`postgres://…` or `postgresql://…`).
pub(crate) fn is_postgres_url(database: &str) -> bool {
    ["postgres://", "postgresql://"].iter().any(|scheme| {
        database
            .get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    })
}

impl PgStore {
    /// A ticket key in the form it is stored in, from any form people type.
    fn key(&self, key: &str) -> String {
        rules::canonical_key(key, &self.inner.ticket_prefix)
    }

    /// Connects to the database at `url`, creating or updating its schema (one replica at a
    /// time), and starts the event feed's tailer.
    pub(crate) async fn open(url: &str, ticket_prefix: &str) -> Result<Self> {
        Self::open_with_buffer(url, ticket_prefix, crate::server::events::buffer_size()).await
    }

    /// Connects to a database `tik serve` has already made (for `tik admin`), or `None` when
    /// it holds no tik schema: a mistyped URL must not make a new, empty desk.
    pub(crate) async fn open_existing(url: &str, ticket_prefix: &str) -> Result<Option<Self>> {
        let config = config(url)?;
        let (client, connection) = config.connect(NoTls).await?;
        let connection = tokio::spawn(connection);
        let made: bool = client
            .query_one("SELECT to_regclass('tik_schema') IS NOT NULL", &[])
            .await?
            .try_get(0)?;
        drop(client);
        let _ = connection.await;
        if !made {
            return Ok(None);
        }
        Self::open(url, ticket_prefix).await.map(Some)
    }

    async fn open_with_buffer(url: &str, ticket_prefix: &str, buffer: usize) -> Result<Self> {
        let config = config(url)?;
        let pool = connections(&config, POOL_SIZE)?;
        migrate(&pool).await?;
        catalogue::set_default_if_unset(&pool).await?;
        let (events, _) = tokio::sync::broadcast::channel(buffer);
        let committed = Arc::new(tokio::sync::Notify::new());
        // Its own connection: made and driven on the openings' own thread.
        let openings =
            GroupCommit::start(connections(&config, 1)?, TICKET_COUNTER, committed.clone())
                .map_err(Error::internal)?;
        let store = Self {
            inner: Arc::new(Inner {
                pool,
                config,
                ticket_prefix: ticket_prefix.to_owned(),
                escalation_prefix: "CP".to_owned(),
                catalogue: RwLock::new(None),
                events,
                committed,
                openings,
            }),
        };
        events::start_tailer(&store).await?;
        Ok(store)
    }

    /// The attachment bytes of this database, which every replica shares.
    pub(crate) fn blobs(&self) -> blobs::PgBlobs {
        blobs::PgBlobs::new(self.inner.pool.clone())
    }

    /// Runs `query` in a read-only transaction that sees one snapshot throughout.
    async fn read<T, F>(&self, query: F) -> Result<T>
    where
        T: Send,
        F: for<'c> FnOnce(&'c Tx<'c>) -> BoxFuture<'c, Result<T>> + Send,
    {
        let mut client = self.inner.pool.get().await?;
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let value = query(&tx).await?;
        tx.commit().await?;
        Ok(value)
    }

    /// Runs `change` as one transaction, made idempotent by `idem` ([`idempotent`]).
    async fn mutate<T, F>(&self, actor: &Actor, idem: Option<Idempotency>, change: F) -> Result<T>
    where
        T: Serialize + DeserializeOwned + Send,
        F: for<'c> FnOnce(&'c Tx<'c>, DateTime<Utc>) -> BoxFuture<'c, Result<T>> + Send,
    {
        let mut client = self.inner.pool.get().await?;
        let tx = client.transaction().await?;
        let (value, replayed) = idempotent(&tx, actor.id, idem, change).await?;
        if replayed {
            crate::server::idempotency::note_replay();
        } else {
            tx.commit().await?;
            self.inner.committed.notify_one();
        }
        Ok(value)
    }

    /// [`PgStore::mutate`] for the opening of a ticket, in the next batch of this replica's
    /// openings (`group_commit`), where `change` takes its key number. Should another
    /// opening of its batch fail, `change` runs again.
    async fn opening<T, F>(&self, actor: &Actor, idem: Option<Idempotency>, change: F) -> Result<T>
    where
        T: Serialize + DeserializeOwned + Send + 'static,
        F: for<'c> Fn(Batch<'c>, DateTime<Utc>) -> BoxFuture<'c, Result<T>> + Send + Sync + 'static,
    {
        let user_id = actor.id;
        let change = Arc::new(change);
        let (value, replayed) = self
            .inner
            .openings
            .run(move |batch| {
                let (change, idem) = (change.clone(), idem.clone());
                Box::pin(idempotent(batch.tx, user_id, idem, move |_, at| {
                    change(batch, at)
                }))
            })
            .await?;
        if replayed {
            crate::server::idempotency::note_replay();
        }
        Ok(value)
    }

    /// Runs `change` as one transaction no user's request makes (the service's housekeeping):
    /// [`PgStore::mutate`] without an actor or an idempotency key.
    async fn write<T, F>(&self, change: F) -> Result<T>
    where
        T: Send,
        F: for<'c> FnOnce(&'c Tx<'c>, DateTime<Utc>) -> BoxFuture<'c, Result<T>> + Send,
    {
        let value = transaction(&self.inner.pool, move |tx| change(tx, now())).await?;
        self.inner.committed.notify_one();
        Ok(value)
    }
}

/// Runs `change` in a read-committed transaction of its own, on a pooled connection: for
/// changes with no actor and no idempotency key (operators' commands, signing in, the
/// service's housekeeping), and for opening the store, which has no store yet.
pub(super) async fn transaction<T, F>(pool: &Pool, change: F) -> Result<T>
where
    T: Send,
    F: for<'c> FnOnce(&'c Tx<'c>) -> BoxFuture<'c, Result<T>> + Send,
{
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let value = change(&tx).await?;
    tx.commit().await?;
    Ok(value)
}

/// Runs `change` in `tx` made idempotent by `idem`: a retry with the same key replays the
/// first answer instead of changing anything again (`true` says so, for the HTTP layer's
/// `Idempotent-Replayed`), whichever replica it reaches. A retry that arrives while the first
/// is still in its transaction (on any replica) is told so (409).
async fn idempotent<'c, T, F>(
    tx: &'c Tx<'c>,
    user_id: i64,
    idem: Option<Idempotency>,
    change: F,
) -> Result<(T, bool)>
where
    T: Serialize + DeserializeOwned + Send,
    F: FnOnce(&'c Tx<'c>, DateTime<Utc>) -> BoxFuture<'c, Result<T>> + Send,
{
    if let Some(idem) = &idem
        && let Some(recorded) = earlier_answer(tx, user_id, idem).await?
    {
        return Ok((recorded, true));
    }
    let at = now();
    let value = change(tx, at).await?;
    if let Some(idem) = idem {
        let response = serde_json::to_string(&value).map_err(Error::internal)?;
        execute(
            tx,
            "INSERT INTO idempotency (user_id, key, fingerprint, response, created_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[&user_id, &idem.key, &idem.fingerprint, &response, &at],
        )
        .await?;
    }
    Ok((value, false))
}

/// The answer recorded for `idem`, if a request with its key committed. Holds the key's
/// advisory lock until this transaction ends, so two requests with one key never both run;
/// one that finds it held answers 409, as for a key in flight on this replica.
async fn earlier_answer<T: DeserializeOwned>(
    tx: &Tx<'_>,
    user_id: i64,
    idem: &Idempotency,
) -> Result<Option<T>> {
    let lock = advisory_key(user_id, &idem.key);
    let free: bool = rows::query_one(tx, "SELECT pg_try_advisory_xact_lock($1)", &[&lock])
        .await?
        .try_get(0)?;
    if !free {
        return Err(Error::Conflict(
            "a request with this Idempotency-Key is still being processed: retry later".into(),
        ));
    }
    let earlier = query_opt(
        tx,
        "SELECT fingerprint, response FROM idempotency WHERE user_id = $1 AND key = $2",
        &[&user_id, &idem.key],
    )
    .await?;
    let Some(row) = earlier else {
        return Ok(None);
    };
    let fingerprint: Vec<u8> = row.try_get(0)?;
    if fingerprint != idem.fingerprint {
        return Err(Error::invalid(
            "Idempotency-Key",
            "this Idempotency-Key was already used for a different request",
        ));
    }
    let response: String = row.try_get(1)?;
    serde_json::from_str(&response)
        .map(Some)
        .map_err(Error::internal)
}

/// An advisory lock's key for a user's idempotency key: 64 bits of their SHA-256. Two keys
/// that share them only wait for each other.
fn advisory_key(user_id: i64, key: &str) -> i64 {
    let digest = Sha256::new()
        .chain_update(user_id.to_be_bytes())
        .chain_update(key.as_bytes())
        .finalize();
    i64::from_be_bytes(digest[..8].try_into().expect("a SHA-256 has 8 bytes"))
}

/// Applies the migrations not yet applied, all in one transaction under an advisory lock:
/// replicas starting together wait for the first, and then find nothing left to do.
async fn migrate(pool: &Pool) -> Result<()> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS tik_schema (version bigint NOT NULL)")
        .await?;
    let recorded = tx.query_opt("SELECT version FROM tik_schema", &[]).await?;
    let applied: i64 = if let Some(row) = recorded {
        row.try_get(0)?
    } else {
        tx.execute("INSERT INTO tik_schema (version) VALUES (0)", &[])
            .await?;
        0
    };
    let applied = usize::try_from(applied).map_err(Error::internal)?;
    if applied > MIGRATIONS.len() {
        return Err(Error::internal(format!(
            "the database's schema is of version {applied}, newer than this tik's {}: \
             run a newer tik",
            MIGRATIONS.len()
        )));
    }
    for sql in &MIGRATIONS[applied..] {
        tx.batch_execute(sql).await?;
    }
    let version = i64::try_from(MIGRATIONS.len()).map_err(Error::internal)?;
    tx.execute("UPDATE tik_schema SET version = $1", &[&version])
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The next number of a key sequence, allocated inside the caller's transaction. The
/// counter's row stays locked until that transaction ends: a second replica's change waits,
/// then takes the next number, so keys have no gap and no duplicate.
pub(super) async fn next_number(tx: &Tx<'_>, counter: &str) -> Result<i64> {
    Ok(rows::query_one(
        tx,
        "INSERT INTO counters (name, value) VALUES ($1, 1)
         ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
         RETURNING value",
        &[&counter],
    )
    .await?
    .try_get(0)?)
}

#[async_trait]
impl Store for PgStore {
    async fn expire_idempotency_keys(&self, before: DateTime<Utc>) -> Result<u64> {
        let mut client = self.inner.pool.get().await?;
        let tx = client.transaction().await?;
        let deleted = execute(
            &tx,
            "DELETE FROM idempotency WHERE created_at < $1",
            &[&before],
        )
        .await?;
        tx.commit().await?;
        Ok(deleted)
    }

    /// Under an advisory lock of the chore's, held by this connection for the work's length:
    /// one replica does a chore at a time, and a replica that finds its lock taken skips its
    /// turn. Each chore has its own lock, so that one never makes another skip.
    async fn housekeeping(&self, chore: Chore, work: BoxFuture<'_, ()>) -> Result<bool> {
        let lock = match chore {
            Chore::Sweep => SWEEP_LOCK,
            Chore::PurgeSecrets => PURGE_LOCK,
        };
        let client = self.inner.pool.get().await?;
        let turn: bool = client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&lock])
            .await?
            .try_get(0)?;
        if !turn {
            return Ok(false);
        }
        work.await;
        client
            .execute("SELECT pg_advisory_unlock($1)", &[&lock])
            .await?;
        Ok(true)
    }
}

#[cfg(test)]
#[path = "../../../../tests/cli/pg_cluster.rs"]
mod pg_cluster;

#[cfg(test)]
pub(super) mod testing {
    //! A fresh database for a unit test: on the server `TIK_TEST_DATABASE_URL` names (whose
    //! user may create databases), else on a private cluster this test process starts from
    //! Debian's packages, as the CLI suite does. With neither, the test is skipped, unless
    //! `TIK_REQUIRE_PG=1` (as in CI) makes that a failure.

    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::PgStore;
    use super::pg_cluster::{Cluster, URL_VARIABLE, bin_dir, required};

    /// The URL of a database on the tests' server, from which others are made; `None` when
    /// there is no server and none is required.
    pub(crate) fn server() -> Option<String> {
        static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
        if let Ok(url) = std::env::var(URL_VARIABLE) {
            return Some(url);
        }
        let cluster = CLUSTER.get_or_init(|| {
            let started = bin_dir().map(|bin| Cluster::start(&bin));
            match started {
                Some(Ok(cluster)) => Some(cluster),
                Some(Err(err)) => panic!("the tests' PostgreSQL does not start: {err}"),
                None if required() => {
                    panic!("no PostgreSQL, and TIK_REQUIRE_PG=1: install Debian's postgresql")
                }
                None => None,
            }
        });
        if cluster.is_none() {
            eprintln!("skipped: no PostgreSQL (initdb) and no TIK_TEST_DATABASE_URL");
        }
        cluster.as_ref().map(|cluster| cluster.url("postgres"))
    }

    /// A new, empty database's URL, or `None` (the test then returns early).
    pub(crate) async fn database() -> Option<String> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let server = server()?;
        let name = format!(
            "tik_unit_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let (client, connection) = tokio_postgres::connect(&server, tokio_postgres::NoTls)
            .await
            .expect("the test server answers");
        tokio::spawn(connection);
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .expect("a test database");
        Some(url_of(&server, &name))
    }

    /// `server` with its database replaced by `name`.
    fn url_of(server: &str, name: &str) -> String {
        let (base, query) = server.split_once('?').unwrap_or((server, ""));
        let base = match base.rfind('/') {
            Some(slash) if slash > base.find("//").map_or(0, |s| s + 1) => &base[..slash],
            _ => base,
        };
        if query.is_empty() {
            format!("{base}/{name}")
        } else {
            format!("{base}/{name}?{query}")
        }
    }

    /// A store on a fresh database, or `None` when there is no test server.
    pub(crate) async fn store() -> Option<PgStore> {
        let url = database().await?;
        Some(PgStore::open(&url, "CS").await.expect("the store opens"))
    }
}

#[cfg(test)]
mod tests {
    use crate::api::Role;
    use crate::server::store::{Actor, Idempotency};

    /// Migrations run once, whoever opens the database first; a change and its replay.
    #[tokio::test]
    async fn a_change_is_one_transaction_and_its_retry_replays() {
        let Some(url) = super::testing::database().await else {
            return;
        };
        let (a, b) = tokio::join!(
            super::PgStore::open(&url, "CS"),
            super::PgStore::open(&url, "CS")
        );
        let (a, _b) = (a.unwrap(), b.unwrap());
        let actor = Actor {
            id: 1,
            name: "admin".into(),
            email: String::new(),
            role: Role::Admin,
            organisation_id: None,
            organisation: None,
        };
        let name = String::from("acme");
        let insert = |idem| {
            let name = name.clone();
            a.mutate(&actor, idem, move |tx, at| {
                Box::pin(async move {
                    super::rows::execute(
                        tx,
                        "INSERT INTO users (id, name, email, role, created_at) VALUES (1, 'admin', '', 'admin', $1)
                         ON CONFLICT DO NOTHING",
                        &[&at],
                    )
                    .await?;
                    let row = super::rows::query_one(
                        tx,
                        "INSERT INTO organisations (name, created_at) VALUES ($1, $2) RETURNING id",
                        &[&name, &at],
                    )
                    .await?;
                    Ok(row.try_get::<_, i64>(0)?)
                })
            })
        };
        let idem = || Some(Idempotency::new("k".into(), "org", &"acme"));
        let first = insert(idem()).await.unwrap();
        let again = insert(idem()).await.unwrap();
        assert_eq!(first, again);
        assert!(insert(None).await.is_err(), "the name is taken");
    }
}
