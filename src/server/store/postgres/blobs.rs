//! Attachment bytes in PostgreSQL, so that every replica serves every file: a content is a
//! `blobs` row and its `blob_chunks` of 256 KiB, in order. A file arrives chunk by chunk into
//! `blob_staging`, each chunk its own short statement (a transaction left open for the whole
//! upload would hold `pg_snapshot_xmin`, and so the event feed, back), and lands in one
//! transaction once it checks out. No file is ever whole in memory, arriving or leaving.
//!
//! Between landing and the record of its upload, a file's bytes are referred to by nothing
//! but a `blob_pins` row, which removal respects: the lock the file store holds for that
//! moment lives in one process, and another replica may be removing the same content.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_trait::async_trait;
use axum::body::{Body, Bytes};
use deadpool_postgres::Pool;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use uuid::Uuid;

use crate::server::blobs::{BlobStore, Landed, Received, Tally};
use crate::server::error::{Error, Result};

/// How old a pin or a staged chunk is once only a crash can have left it: far longer than
/// recording an upload takes, and the service's body timeout cuts an upload off long before.
/// By the database's clock, one for every replica.
const STALE: Duration = Duration::from_secs(60 * 60);

/// The size of a stored chunk: few rows for a file at the largest limits, and little memory
/// for each file arriving or leaving.
const CHUNK_BYTES: usize = 256 * 1024;

pub(crate) struct PgBlobs {
    pool: Pool,
    /// Pins released here whose delete may not have run yet. Removal deletes them first,
    /// so bytes refused or withdrawn right after landing go at once, not at the next sweep.
    released: Arc<Mutex<Vec<Uuid>>>,
}

impl PgBlobs {
    pub(crate) fn new(pool: Pool) -> Self {
        Self {
            pool,
            released: Arc::default(),
        }
    }

    /// Streams `body` into `staging` a chunk at a time, counting it into a tally.
    async fn stage(&self, staging: &mut Staging, body: Body, max_bytes: u64) -> Result<Tally> {
        let mut tally = Tally::new(max_bytes);
        let mut pending = Vec::with_capacity(CHUNK_BYTES);
        let mut stream = body.into_data_stream();
        while let Some(piece) = stream.next().await {
            let piece = piece.map_err(|e| Error::body(&e))?;
            tally.take(&piece)?;
            let mut rest = &piece[..];
            while !rest.is_empty() {
                let (now, later) = rest.split_at((CHUNK_BYTES - pending.len()).min(rest.len()));
                pending.extend_from_slice(now);
                rest = later;
                if pending.len() == CHUNK_BYTES {
                    staging.put(&pending).await?;
                    pending.clear();
                }
            }
        }
        if !pending.is_empty() {
            staging.put(&pending).await?;
        }
        Ok(tally)
    }
}

#[async_trait]
impl BlobStore for PgBlobs {
    async fn receive(&self, body: Body, max_bytes: u64, expected: &[u8]) -> Result<Received> {
        let mut staging = Staging {
            pool: self.pool.clone(),
            upload: Uuid::new_v4(),
            chunks: 0,
            armed: true,
        };
        let checked = self
            .stage(&mut staging, body, max_bytes)
            .await
            .and_then(|tally| tally.finish(expected));
        match checked {
            Ok(checked) => Ok(Received::new(checked, staging)),
            Err(err) => {
                staging.clear().await;
                Err(err)
            }
        }
    }

    async fn land(&self, received: Received) -> Result<Landed<'_>> {
        let (mut staging, checked) = received.into_staged::<Staging>()?;
        let size = i64::try_from(checked.size).map_err(Error::internal)?;
        let mut client = self.pool.get().await.map_err(Error::internal)?;
        // On any error the transaction rolls back as it drops, and `staging` deletes the rows.
        let tx = client.transaction().await.map_err(Error::internal)?;
        let pin = Uuid::new_v4();
        let insert_pin = tx
            .prepare_cached("INSERT INTO blob_pins (pin, sha256) VALUES ($1, $2)")
            .await
            .map_err(Error::internal)?;
        tx.execute(&insert_pin, &[&pin, &checked.sha256])
            .await
            .map_err(Error::internal)?;
        // The upsert locks the row (`DO NOTHING` would not) until this commits, before the
        // chunks move: a removal of this content waits for the pin, or went first and this
        // inserts the row afresh, its chunks all staged here.
        let blob = tx
            .prepare_cached(
                "INSERT INTO blobs (sha256, size) VALUES ($1, $2)
                 ON CONFLICT (sha256) DO UPDATE SET size = excluded.size",
            )
            .await
            .map_err(Error::internal)?;
        tx.execute(&blob, &[&checked.sha256, &size])
            .await
            .map_err(Error::internal)?;
        let chunks = tx
            .prepare_cached(
                "INSERT INTO blob_chunks (sha256, n, bytes)
                 SELECT $1::text, n, bytes FROM blob_staging WHERE upload = $2
                 ON CONFLICT DO NOTHING",
            )
            .await
            .map_err(Error::internal)?;
        tx.execute(&chunks, &[&checked.sha256, &staging.upload])
            .await
            .map_err(Error::internal)?;
        let unstage = tx
            .prepare_cached("DELETE FROM blob_staging WHERE upload = $1")
            .await
            .map_err(Error::internal)?;
        let moved = tx
            .execute(&unstage, &[&staging.upload])
            .await
            .map_err(Error::internal)?;
        if u64::try_from(staging.chunks).ok() != Some(moved) {
            return Err(Error::internal(format!(
                "{moved} of the {} staged chunks of an upload were there to land",
                staging.chunks
            )));
        }
        tx.commit().await.map_err(Error::internal)?;
        staging.armed = false;
        let pinned = Pinned {
            pool: self.pool.clone(),
            pin,
            released: Arc::clone(&self.released),
        };
        Ok(Landed::new(checked, pinned))
    }

    async fn read(&self, sha256: &str) -> Result<Body> {
        let client = self.pool.get().await.map_err(Error::internal)?;
        let row = client
            .query_opt("SELECT size FROM blobs WHERE sha256 = $1", &[&sha256])
            .await
            .map_err(Error::internal)?
            .ok_or_else(|| Error::internal(format!("no bytes are stored for {sha256}")))?;
        let size = u64::try_from(row.get::<_, i64>(0)).map_err(Error::internal)?;
        // A connection a chunk, not one for the whole download: a slow reader holds none.
        drop(client);
        let start = Reading {
            pool: self.pool.clone(),
            sha256: sha256.to_owned(),
            size,
            next: 0,
            sent: 0,
        };
        let chunks = futures_util::stream::try_unfold(start, |mut at| async move {
            if at.sent >= at.size {
                return Ok(None);
            }
            let bytes = at.chunk().await?;
            at.next += 1;
            at.sent += bytes.len() as u64;
            Ok::<_, Error>(Some((Bytes::from(bytes), at)))
        });
        Ok(Body::from_stream(chunks))
    }

    async fn stored(&self) -> Result<Vec<String>> {
        let client = self.pool.get().await.map_err(Error::internal)?;
        let rows = client
            .query("SELECT sha256 FROM blobs", &[])
            .await
            .map_err(Error::internal)?;
        Ok(rows.iter().map(|row| row.get(0)).collect())
    }

    async fn remove(&self, find: BoxFuture<'_, Result<Vec<String>>>) -> Result<usize> {
        let unreferenced = find.await?;
        if unreferenced.is_empty() {
            return Ok(0);
        }
        let released = self
            .released
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let stale = STALE.as_secs_f64();
        let mut client = self.pool.get().await.map_err(Error::internal)?;
        // On its own, before the transaction: these pins keep nothing, so no lock on them
        // need wait for what the removal waits for.
        let unpin = client
            .prepare_cached(
                "DELETE FROM blob_pins
                 WHERE pin = ANY($1) OR pinned_at < now() - make_interval(secs => $2)",
            )
            .await
            .map_err(Error::internal)?;
        client
            .execute(&unpin, &[&released, &stale])
            .await
            .map_err(Error::internal)?;
        self.released
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|pin| !released.contains(pin));
        let tx = client.transaction().await.map_err(Error::internal)?;
        // Two statements, not one DELETE with the pin check: a DELETE that waits for a
        // landing's row lock re-checks only the row once the landing commits, not the
        // subquery, whose snapshot predates the landing's pin, and would take bytes just
        // landed. Locking first waits that landing out; the DELETE then takes a snapshot of
        // its own (read committed), which sees the pin.
        let lock = tx
            .prepare_cached(
                "SELECT sha256 FROM blobs WHERE sha256 = ANY($1) ORDER BY sha256 FOR UPDATE",
            )
            .await
            .map_err(Error::internal)?;
        tx.execute(&lock, &[&unreferenced])
            .await
            .map_err(Error::internal)?;
        let delete = tx
            .prepare_cached(
                "DELETE FROM blobs WHERE sha256 = ANY($1) AND NOT EXISTS (
                     SELECT 1 FROM blob_pins p WHERE p.sha256 = blobs.sha256
                     AND p.pinned_at > now() - make_interval(secs => $2))",
            )
            .await
            .map_err(Error::internal)?;
        let removed = tx
            .execute(&delete, &[&unreferenced, &stale])
            .await
            .map_err(Error::internal)?;
        tx.commit().await.map_err(Error::internal)?;
        usize::try_from(removed).map_err(Error::internal)
    }

    async fn sweep_interrupted(&self) -> Result<usize> {
        let client = self.pool.get().await.map_err(Error::internal)?;
        let sweep = client
            .prepare_cached(
                "WITH cut_off AS (
                     DELETE FROM blob_staging WHERE upload IN (
                         SELECT upload FROM blob_staging GROUP BY upload
                         HAVING max(created_at) < now() - make_interval(secs => $1))
                     RETURNING upload)
                 SELECT count(DISTINCT upload) FROM cut_off",
            )
            .await
            .map_err(Error::internal)?;
        let row = client
            .query_one(&sweep, &[&STALE.as_secs_f64()])
            .await
            .map_err(Error::internal)?;
        usize::try_from(row.get::<_, i64>(0)).map_err(Error::internal)
    }
}

/// A landed file's pin: keeps removal off its bytes until the upload is recorded and this
/// drops.
struct Pinned {
    pool: Pool,
    pin: Uuid,
    released: Arc<Mutex<Vec<Uuid>>>,
}

impl Drop for Pinned {
    fn drop(&mut self) {
        let pin = self.pin;
        self.released
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(pin);
        // Drop cannot wait, so the delete runs on its own; a pin left (no runtime, or the
        // database out of reach) keeps nothing once stale.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (pool, released) = (self.pool.clone(), Arc::clone(&self.released));
            runtime.spawn(async move {
                match unpin(&pool, pin).await {
                    Ok(()) => released
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .retain(|p| *p != pin),
                    Err(err) => tracing::warn!(%err, "cannot unpin landed bytes"),
                }
            });
        }
    }
}

async fn unpin(pool: &Pool, pin: Uuid) -> Result<()> {
    let client = pool.get().await.map_err(Error::internal)?;
    client
        .execute("DELETE FROM blob_pins WHERE pin = $1", &[&pin])
        .await
        .map_err(Error::internal)?;
    Ok(())
}

/// The staged chunks of one upload: deleted if this goes before they land, whether the
/// upload failed, was refused for its kind, or its request went mid-way.
struct Staging {
    pool: Pool,
    upload: Uuid,
    chunks: i64,
    /// False once the chunks landed or were deleted.
    armed: bool,
}

impl Staging {
    async fn put(&mut self, bytes: &[u8]) -> Result<()> {
        let client = self.pool.get().await.map_err(Error::internal)?;
        let insert = client
            .prepare_cached("INSERT INTO blob_staging (upload, n, bytes) VALUES ($1, $2, $3)")
            .await
            .map_err(Error::internal)?;
        client
            .execute(&insert, &[&self.upload, &self.chunks, &bytes])
            .await
            .map_err(Error::internal)?;
        self.chunks += 1;
        Ok(())
    }

    /// Deletes the chunks before answering, so a refused upload leaves nothing behind.
    async fn clear(mut self) {
        self.armed = false;
        if let Err(err) = unstage(&self.pool, self.upload).await {
            tracing::warn!(%err, "cannot delete the chunks of a refused upload; a sweep will");
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        // Drop cannot wait, so the delete runs on its own; with no runtime left (the service
        // stopping) the hourly sweep takes the rows.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (pool, upload) = (self.pool.clone(), self.upload);
            runtime.spawn(async move {
                if let Err(err) = unstage(&pool, upload).await {
                    tracing::warn!(%err, "cannot delete the chunks of a cut-off upload");
                }
            });
        }
    }
}

async fn unstage(pool: &Pool, upload: Uuid) -> Result<()> {
    let client = pool.get().await.map_err(Error::internal)?;
    client
        .execute("DELETE FROM blob_staging WHERE upload = $1", &[&upload])
        .await
        .map_err(Error::internal)?;
    Ok(())
}

/// Where a download is: the chunk to read next, and how much of the file went.
struct Reading {
    pool: Pool,
    sha256: String,
    size: u64,
    next: i64,
    sent: u64,
}

impl Reading {
    async fn chunk(&self) -> Result<Vec<u8>> {
        let client = self.pool.get().await.map_err(Error::internal)?;
        let select = client
            .prepare_cached("SELECT bytes FROM blob_chunks WHERE sha256 = $1 AND n = $2")
            .await
            .map_err(Error::internal)?;
        let bytes: Vec<u8> = client
            .query_opt(&select, &[&self.sha256, &self.next])
            .await
            .map_err(Error::internal)?
            .map(|row| row.get(0))
            .unwrap_or_default();
        // An empty chunk is never stored: this one is missing, or the stream would not end.
        if bytes.is_empty() {
            return Err(Error::internal(format!(
                "chunk {} of {} is missing",
                self.next, self.sha256
            )));
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use axum::body::{Body, Bytes};
    use deadpool_postgres::{Manager, ManagerConfig, Pool};
    use futures_util::StreamExt as _;
    use futures_util::future::BoxFuture;
    use sha2::{Digest as _, Sha256};
    use tokio_postgres::NoTls;

    use super::{CHUNK_BYTES, PgBlobs};
    use crate::server::blobs::{BlobStore, Received};
    use crate::server::error::Error;

    /// A database of its own for one test, made on the tests' server (`testing::server`) and
    /// dropped by `finish`; `None` (the test skips) when there is none.
    struct Scratch {
        admin: tokio_postgres::Client,
        name: String,
        pool: Pool,
    }

    impl Scratch {
        async fn new() -> Option<Self> {
            let url = super::super::testing::server()?;
            let config: tokio_postgres::Config = url.parse().expect("the tests' server URL");
            let (admin, connection) = config.connect(NoTls).await.expect("connect");
            tokio::spawn(connection);
            let name = format!("blobs_{}", uuid::Uuid::new_v4().simple());
            admin
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create the test database");
            let mut own = config.clone();
            own.dbname(&name);
            let manager = Manager::from_config(own, NoTls, ManagerConfig::default());
            let pool = Pool::builder(manager).max_size(4).build().expect("pool");
            pool.get()
                .await
                .expect("connect to the test database")
                .batch_execute(include_str!("001_schema.sql"))
                .await
                .expect("schema");
            Some(Self { admin, name, pool })
        }

        fn store(&self) -> PgBlobs {
            PgBlobs::new(self.pool.clone())
        }

        async fn count(&self, query: &str) -> i64 {
            let client = self.pool.get().await.expect("connect");
            client.query_one(query, &[]).await.expect(query).get(0)
        }

        async fn execute(&self, statement: &str) {
            let client = self.pool.get().await.expect("connect");
            client.batch_execute(statement).await.expect(statement);
        }

        async fn finish(self) {
            self.pool.close();
            self.admin
                .batch_execute(&format!("DROP DATABASE {} WITH (FORCE)", self.name))
                .await
                .expect("drop the test database");
        }
    }

    /// Bytes that differ chunk to chunk, so a chunk out of order would show.
    fn file(len: usize) -> Vec<u8> {
        (0..len).map(|i| u8::try_from(i % 251).unwrap()).collect()
    }

    /// A body in pieces of `piece` bytes, cutting across chunk boundaries as a network does.
    fn body_in_pieces(bytes: &[u8], piece: usize) -> Body {
        let pieces: Vec<Result<Bytes, std::io::Error>> = bytes
            .chunks(piece)
            .map(|p| Ok(Bytes::copy_from_slice(p)))
            .collect();
        Body::from_stream(futures_util::stream::iter(pieces))
    }

    async fn read_all(store: &PgBlobs, sha256: &str) -> Result<Vec<u8>, String> {
        let body = store.read(sha256).await.map_err(|e| e.to_string())?;
        axum::body::to_bytes(body, usize::MAX)
            .await
            .map(|b| b.to_vec())
            .map_err(|e| e.to_string())
    }

    #[tokio::test]
    async fn a_file_of_several_chunks_comes_back_whole() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = db.store();
        let bytes = file(1024 * 1024 + 3);
        let digest = Sha256::digest(&bytes);
        let received = store
            .receive(body_in_pieces(&bytes, 100_000), 10 << 20, &digest)
            .await
            .expect("receive");
        assert_eq!(received.size, bytes.len() as u64);
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 5);
        let landed = store.land(received).await.expect("land");
        assert_eq!(landed.sha256, hex::encode(digest));
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 0);
        assert_eq!(db.count("SELECT count(*) FROM blob_chunks").await, 5);
        assert_eq!(
            db.count("SELECT max(length(bytes))::bigint FROM blob_chunks")
                .await,
            i64::try_from(CHUNK_BYTES).unwrap()
        );
        assert!(read_all(&store, &landed.sha256).await.unwrap() == bytes);
        assert_eq!(store.stored().await.unwrap(), vec![landed.sha256.clone()]);
        drop(landed);

        // An empty file is a blob of no chunks.
        let empty = Sha256::digest(b"");
        let received = store.receive(Body::empty(), 10, &empty).await.unwrap();
        let landed = store.land(received).await.expect("land an empty file");
        assert_eq!(read_all(&store, &landed.sha256).await.unwrap(), b"");
        db.finish().await;
    }

    #[tokio::test]
    async fn a_damaged_or_oversized_file_leaves_nothing_staged() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = db.store();
        let bytes = file(3 * CHUNK_BYTES);
        let wrong = Sha256::digest(b"something else");
        let damaged = store
            .receive(body_in_pieces(&bytes, 65_536), 10 << 20, &wrong)
            .await;
        assert!(
            matches!(damaged, Err(Error::Invalid { .. })),
            "{:?}",
            damaged.err()
        );
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 0);

        // Two chunks are staged before the third goes past the limit.
        let over = store
            .receive(
                body_in_pieces(&bytes, 65_536),
                2 * CHUNK_BYTES as u64 + 1,
                &Sha256::digest(&bytes),
            )
            .await;
        assert!(matches!(over, Err(Error::TooLarge(_))), "{:?}", over.err());
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 0);
        assert_eq!(db.count("SELECT count(*) FROM blobs").await, 0);
        db.finish().await;
    }

    #[tokio::test]
    async fn an_upload_cut_off_mid_way_leaves_nothing_staged() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let first: Result<Bytes, std::io::Error> = Ok(Bytes::from(file(CHUNK_BYTES + 10)));
        let stalled = futures_util::stream::iter([first]).chain(futures_util::stream::pending());
        let store = db.store();
        let upload = tokio::spawn(async move {
            let _ = store
                .receive(Body::from_stream(stalled), 10 << 20, &[0; 32])
                .await;
        });
        let staged = "SELECT count(*) FROM blob_staging";
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while db.count(staged).await == 0 {
            assert!(tokio::time::Instant::now() < deadline, "no chunk staged");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        upload.abort();
        while db.count(staged).await > 0 {
            assert!(tokio::time::Instant::now() < deadline, "the chunk stayed");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        db.finish().await;
    }

    #[tokio::test]
    async fn the_same_content_landed_twice_is_stored_once() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = db.store();
        let bytes = file(CHUNK_BYTES + 1);
        let digest = Sha256::digest(&bytes);
        for _ in 0..2 {
            let received = store
                .receive(Body::from(bytes.clone()), 10 << 20, &digest)
                .await
                .unwrap();
            store.land(received).await.expect("land");
        }
        assert_eq!(db.count("SELECT count(*) FROM blobs").await, 1);
        assert_eq!(db.count("SELECT count(*) FROM blob_chunks").await, 2);
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 0);
        assert!(read_all(&store, &hex::encode(digest)).await.unwrap() == bytes);
        db.finish().await;
    }

    /// Receives `bytes` into `store`, ready to land.
    async fn received(store: &PgBlobs, bytes: &[u8]) -> Received {
        store
            .receive(Body::from(bytes.to_vec()), 10 << 20, &Sha256::digest(bytes))
            .await
            .expect("receive")
    }

    /// What a store's caller passes to `remove`: `sha256` is referred to no more.
    fn unreferenced(sha256: &str) -> BoxFuture<'static, crate::server::error::Result<Vec<String>>> {
        let sha256 = sha256.to_owned();
        Box::pin(async move { Ok(vec![sha256]) })
    }

    /// Waits until a statement of another connection to the test database waits for a lock.
    async fn until_blocked(db: &Scratch) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        let waiting = "SELECT count(*) FROM pg_stat_activity
                       WHERE datname = current_database() AND wait_event_type = 'Lock'";
        while db.count(waiting).await == 0 {
            assert!(tokio::time::Instant::now() < deadline, "nothing waits");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    #[tokio::test]
    async fn bytes_go_at_once_once_their_upload_is_recorded_not_before() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = db.store();
        let bytes = file(CHUNK_BYTES * 2);
        let sha256 = hex::encode(Sha256::digest(&bytes));

        // Landed and released right away, as a refused upload is: gone at once, though the
        // pin's own delete runs on its own and may not have yet.
        drop(store.land(received(&store, &bytes).await).await.unwrap());
        assert_eq!(store.remove(unreferenced(&sha256)).await.unwrap(), 1);
        assert_eq!(db.count("SELECT count(*) FROM blobs").await, 0);
        assert_eq!(db.count("SELECT count(*) FROM blob_chunks").await, 0);
        assert_eq!(db.count("SELECT count(*) FROM blob_pins").await, 0);
        assert!(read_all(&store, &sha256).await.is_err());

        // Landed and not recorded yet: kept, by another store (replica) too.
        let landed = store.land(received(&store, &bytes).await).await.unwrap();
        assert_eq!(store.remove(unreferenced(&sha256)).await.unwrap(), 0);
        assert_eq!(db.store().remove(unreferenced(&sha256)).await.unwrap(), 0);
        assert!(read_all(&store, &sha256).await.unwrap() == bytes);
        drop(landed);
        assert_eq!(store.remove(unreferenced(&sha256)).await.unwrap(), 1);
        db.finish().await;
    }

    #[tokio::test]
    async fn a_pin_a_crash_left_keeps_nothing() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = db.store();
        let bytes = file(10);
        let landed = store.land(received(&store, &bytes).await).await.unwrap();
        db.execute("UPDATE blob_pins SET pinned_at = now() - interval '61 minutes'")
            .await;
        // Another replica's removal: this one's own releases are not in play.
        assert_eq!(
            db.store()
                .remove(unreferenced(&landed.sha256))
                .await
                .unwrap(),
            1
        );
        assert_eq!(db.count("SELECT count(*) FROM blob_pins").await, 0, "swept");
        drop(landed);
        db.finish().await;
    }

    #[tokio::test]
    async fn a_removal_waiting_for_a_landing_sees_its_pin() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = Arc::new(db.store());
        let bytes = file(CHUNK_BYTES + 5);
        let sha256 = hex::encode(Sha256::digest(&bytes));
        drop(store.land(received(&store, &bytes).await).await.unwrap());
        // So that what waits below is the removal, not its pin's delete.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while db.count("SELECT count(*) FROM blob_pins").await > 0 {
            assert!(tokio::time::Instant::now() < deadline, "the pin stayed");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }

        // Another replica lands the same content again, its transaction still open.
        let mut client = db.pool.get().await.unwrap();
        let landing = client.transaction().await.unwrap();
        landing
            .execute(
                "INSERT INTO blob_pins (pin, sha256) VALUES (gen_random_uuid(), $1)",
                &[&sha256],
            )
            .await
            .unwrap();
        landing
            .execute(
                "INSERT INTO blobs (sha256, size) VALUES ($1, $2)
                 ON CONFLICT (sha256) DO UPDATE SET size = excluded.size",
                &[&sha256, &i64::try_from(bytes.len()).unwrap()],
            )
            .await
            .unwrap();
        let removal = tokio::spawn({
            let (store, sha256) = (Arc::clone(&store), sha256.clone());
            async move { store.remove(unreferenced(&sha256)).await.unwrap() }
        });
        until_blocked(&db).await;
        landing.commit().await.unwrap();
        assert_eq!(removal.await.unwrap(), 0, "removed bytes just landed");
        assert!(read_all(&store, &sha256).await.unwrap() == bytes);
        db.finish().await;
    }

    #[tokio::test]
    async fn a_landing_waiting_for_a_removal_lands_afresh() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        let store = Arc::new(db.store());
        let bytes = file(3 * CHUNK_BYTES + 7);
        let sha256 = hex::encode(Sha256::digest(&bytes));
        drop(store.land(received(&store, &bytes).await).await.unwrap());
        let staged = received(&store, &bytes).await;

        // Another replica removes the content, its transaction still open.
        let mut client = db.pool.get().await.unwrap();
        let removal = client.transaction().await.unwrap();
        removal
            .execute(
                "SELECT sha256 FROM blobs WHERE sha256 = $1 FOR UPDATE",
                &[&sha256],
            )
            .await
            .unwrap();
        removal
            .execute("DELETE FROM blobs WHERE sha256 = $1", &[&sha256])
            .await
            .unwrap();
        let landing = tokio::spawn({
            let store = Arc::clone(&store);
            async move { drop(store.land(staged).await.expect("land")) }
        });
        until_blocked(&db).await;
        removal.commit().await.unwrap();
        landing.await.unwrap();
        assert_eq!(db.count("SELECT count(*) FROM blob_chunks").await, 4);
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 0);
        assert!(read_all(&store, &sha256).await.unwrap() == bytes);
        db.finish().await;
    }

    #[tokio::test]
    async fn the_sweep_takes_only_uploads_long_cut_off() {
        let Some(db) = Scratch::new().await else {
            return;
        };
        db.execute(
            "INSERT INTO blob_staging (upload, n, bytes, created_at) VALUES
                 ('00000000-0000-4000-8000-000000000001', 0, 'a', now() - interval '2 hours'),
                 ('00000000-0000-4000-8000-000000000001', 1, 'b', now() - interval '2 hours'),
                 ('00000000-0000-4000-8000-000000000002', 0, 'c', now() - interval '2 hours'),
                 ('00000000-0000-4000-8000-000000000002', 1, 'd', now())",
        )
        .await;
        assert_eq!(db.store().sweep_interrupted().await.unwrap(), 1);
        assert_eq!(db.count("SELECT count(*) FROM blob_staging").await, 2);
        db.finish().await;
    }
}
