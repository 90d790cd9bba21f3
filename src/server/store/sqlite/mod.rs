//! The embedded backend: one SQLite file in WAL mode with `synchronous=FULL`, so an
//! acknowledged change is on disk. One writer thread (group commit), a pool of readers.

mod attachments;
mod catalogue;
mod dedupe;
mod escalations;
mod events;
mod history;
mod people;
mod relations;
mod rows;
mod secrets;
mod thread;
mod tickets;
mod workflow;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use self::rows::{now, stamp};
use self::writer::Writer;
use super::{Actor, Idempotency, Store};
use crate::server::error::{Error, Result};
use crate::server::rules;

/// Migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    include_str!("001_schema.sql"),
    include_str!("002_default_catalogue.sql"),
    include_str!("003_housekeeping.sql"),
    include_str!("004_open_and_closed_lists.sql"),
    include_str!("005_org_admins_and_service_events.sql"),
    include_str!("006_desk.sql"),
    include_str!("007_secrets.sql"),
    include_str!("008_catalogue.sql"),
    include_str!("009_accounts.sql"),
    include_str!("010_dedupe_keys.sql"),
    include_str!("011_event_status.sql"),
];

/// Reader connections at most. Reads are short and the machine's cores few: more would only
/// hold memory (a page cache and a thread each).
const MAX_READERS: usize = 16;

#[derive(Clone)]
pub(crate) struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Writer,
    readers: Mutex<Vec<Connection>>,
    /// Reads under way at most: so at most as many reader connections (and blocking threads)
    /// however many requests arrive at once (10,000 streams opening).
    reading: Arc<tokio::sync::Semaphore>,
    ticket_prefix: String,
    escalation_prefix: String,
    /// The catalogue as last read, and the connection that reads its version; see
    /// [`SqliteStore::current_catalogue`].
    catalogue: RwLock<Arc<catalogue::Versioned>>,
    catalogue_version: Mutex<Connection>,
    /// Every event, published once its change commits (`events::Publisher`).
    events: tokio::sync::broadcast::Sender<Arc<crate::server::events::FeedEvent>>,
}

pub(super) fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    // WAL lets readers run beside the writer; FULL makes a commit durable before we answer.
    // secure_delete zeroes what a deletion frees, so a cleared secret's sealed bytes do not
    // linger in free pages.
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(conn)
}

/// Runs the migrations not yet applied, each in its transaction. Foreign keys are off
/// meanwhile, as SQLite's way of rebuilding a table needs, and checked before each commit.
fn migrate(conn: &mut Connection) -> Result<()> {
    let applied: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if applied >= MIGRATIONS.len() {
        return Ok(());
    }
    conn.pragma_update(None, "foreign_keys", false)?;
    let outcome = (applied..MIGRATIONS.len()).try_for_each(|index| apply(conn, index));
    conn.pragma_update(None, "foreign_keys", true)?;
    outcome
}

/// Runs the migration at `index` in its transaction, with foreign keys off (by the caller),
/// checking them before it commits.
fn apply(conn: &mut Connection, index: usize) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(MIGRATIONS[index])?;
    let broken: Option<String> = tx
        .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
        .optional()?;
    if let Some(table) = broken {
        return Err(Error::internal(format!(
            "migration {} leaves a broken reference in {table}",
            index + 1
        )));
    }
    tx.pragma_update(None, "user_version", index + 1)?;
    tx.commit()?;
    Ok(())
}

impl SqliteStore {
    /// A ticket key in the form it is stored in, from any form people type.
    fn key(&self, key: &str) -> String {
        rules::canonical_key(key, &self.inner.ticket_prefix)
    }

    /// Opens (creating if need be) the database at `path` and brings its schema up to date.
    pub(crate) fn open(path: &Path, ticket_prefix: &str) -> Result<Self> {
        Self::open_with_buffer(path, ticket_prefix, crate::server::events::buffer_size())
    }

    /// [`SqliteStore::open`], with a broadcast of live events that holds `buffer` of them.
    fn open_with_buffer(path: &Path, ticket_prefix: &str, buffer: usize) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut conn = connect(path)?;
        migrate(&mut conn)?;
        catalogue::set_default_if_unset(&mut conn)?;
        let catalogue = RwLock::new(Arc::new(catalogue::load(&conn)?));
        let (events, _) = tokio::sync::broadcast::channel(buffer);
        let mut publisher = events::Publisher::new(&conn, events.clone())?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                writer: Writer::start(conn, move |conn| publisher.publish(conn))?,
                readers: Mutex::new(Vec::new()),
                reading: Arc::new(tokio::sync::Semaphore::new(MAX_READERS)),
                ticket_prefix: ticket_prefix.to_owned(),
                escalation_prefix: "CP".to_owned(),
                catalogue,
                catalogue_version: Mutex::new(connect(path)?),
                events,
            }),
        })
    }

    /// Runs `query` in a read transaction on a pooled connection, off the async threads.
    async fn read<T: Send + 'static>(
        &self,
        query: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let inner = self.inner.clone();
        // Held by the read itself, which goes on if its caller goes away.
        let permit = Arc::clone(&self.inner.reading)
            .acquire_owned()
            .await
            .map_err(Error::internal)?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let pooled = inner.readers.lock().expect("reader pool").pop();
            let conn = match pooled {
                Some(conn) => conn,
                None => connect(&inner.path)?,
            };
            let outcome = conn
                .unchecked_transaction()
                .map_err(Error::from)
                .and_then(|tx| {
                    let value = query(&tx)?;
                    tx.finish()?;
                    Ok(value)
                });
            inner.readers.lock().expect("reader pool").push(conn);
            outcome
        })
        .await
        .map_err(Error::internal)?
    }

    /// Runs `change` as one write, made idempotent by `idem`: a retry with the same key
    /// replays the first answer instead of changing anything again, and says so to the HTTP
    /// layer (`Idempotent-Replayed`).
    async fn mutate<T>(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        change: impl FnOnce(&Connection, DateTime<Utc>) -> Result<T> + Send + 'static,
    ) -> Result<T>
    where
        T: Serialize + DeserializeOwned + Send + 'static,
    {
        let user_id = actor.id;
        let (value, replayed) = self
            .inner
            .writer
            .write(move |conn| {
                if let Some(idem) = &idem {
                    let earlier: Option<(Vec<u8>, String)> = conn
                        .prepare_cached("SELECT fingerprint, response FROM idempotency WHERE user_id = ?1 AND key = ?2")?
                        .query_row(params![user_id, idem.key], |r| Ok((r.get(0)?, r.get(1)?)))
                        .optional()?;
                    if let Some((fingerprint, response)) = earlier {
                        if fingerprint != idem.fingerprint {
                            return Err(Error::invalid(
                                "Idempotency-Key",
                                "this Idempotency-Key was already used for a different request",
                            ));
                        }
                        let recorded = serde_json::from_str(&response).map_err(Error::internal)?;
                        return Ok((recorded, true));
                    }
                }
                let at = now();
                let value = change(conn, at)?;
                if let Some(idem) = idem {
                    let response = serde_json::to_string(&value).map_err(Error::internal)?;
                    conn.prepare_cached(
                        "INSERT INTO idempotency (user_id, key, fingerprint, response, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )?
                    .execute(params![user_id, idem.key, idem.fingerprint, response, stamp(at)])?;
                }
                Ok((value, false))
            })
            .await?;
        if replayed {
            crate::server::idempotency::note_replay();
        }
        Ok(value)
    }
}

/// The next number of a key sequence, allocated inside the caller's transaction.
pub(super) fn next_number(conn: &Connection, counter: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO counters (name, value) VALUES (?1, 1)
             ON CONFLICT (name) DO UPDATE SET value = value + 1
             RETURNING value",
        )?
        .query_row([counter], |r| r.get(0))?)
}

#[async_trait]
impl Store for SqliteStore {
    async fn expire_idempotency_keys(&self, before: DateTime<Utc>) -> Result<u64> {
        self.inner
            .writer
            .write(move |conn| {
                let deleted = conn
                    .prepare_cached("DELETE FROM idempotency WHERE created_at < ?1")?
                    .execute([stamp(before)])?;
                Ok(deleted as u64)
            })
            .await
    }

    /// One service a SQLite database (its lock file): nobody else sweeps.
    async fn housekeeping(
        &self,
        _chore: super::Chore,
        work: futures_util::future::BoxFuture<'_, ()>,
    ) -> Result<bool> {
        work.await;
        Ok(true)
    }
}

#[cfg(test)]
pub(super) mod testing {
    use super::SqliteStore;
    use crate::api::{Role, User};
    use crate::server::store::{Actor, Authentication, NewToken, PeopleStore};

    /// A fresh store in a temporary directory (kept alive by the first value) with one
    /// requester, signed in.
    pub(crate) async fn store_with_requester() -> (tempfile::TempDir, SqliteStore, Actor) {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.db"), "CS").unwrap();
        let ann = requester(&store, "ann").await;
        (dir, store, ann)
    }

    /// A new requester of `store`, signed in.
    pub(crate) async fn requester(store: &SqliteStore, name: &str) -> Actor {
        let user = User {
            name: name.into(),
            email: format!("{name}@example.com"),
            role: Role::Requester,
            organisation: None,
        };
        store.add_user(user).await.unwrap();
        let token = store
            .create_token(NewToken::named(name, "t"))
            .await
            .unwrap();
        let Authentication::Valid(caller) = store.authenticate(&token.secret).await.unwrap() else {
            panic!("a new token authenticates");
        };
        caller.actor
    }
}

#[cfg(test)]
mod tests {
    use super::rows::now;
    use super::testing::store_with_requester;
    use crate::api::NewTicket;
    use crate::server::idempotency::noting_replays;
    use crate::server::store::{Idempotency, PeopleStore, Store, TicketStore};

    #[tokio::test]
    async fn an_idempotency_key_replays_until_it_is_forgotten() {
        let (_dir, store, ann) = store_with_requester().await;
        let new = NewTicket {
            title: "once".into(),
            ..NewTicket::default()
        };
        let idem = || Some(Idempotency::new("k1".into(), "create", &new));
        let create = |idem| noting_replays(store.create_ticket(&ann, idem, new.clone()));
        let (first, replayed) = create(idem()).await;
        assert_eq!(
            (first.unwrap().ticket.key.as_str(), replayed),
            ("CS-1", false)
        );
        let (again, replayed) = create(idem()).await;
        assert_eq!(
            (again.unwrap().ticket.key.as_str(), replayed),
            ("CS-1", true)
        );
        let before = now() - chrono::Duration::seconds(60);
        assert_eq!(store.expire_idempotency_keys(before).await.unwrap(), 0);
        let later = now() + chrono::Duration::seconds(1);
        assert_eq!(store.expire_idempotency_keys(later).await.unwrap(), 1);
        let (afresh, replayed) = create(idem()).await;
        assert_eq!(
            (afresh.unwrap().ticket.key.as_str(), replayed),
            ("CS-2", false)
        );
    }

    /// A database made before the migrations that rebuild tables keeps every row and reference.
    #[tokio::test]
    async fn a_migration_that_rebuilds_tables_keeps_their_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let conn = super::connect(&path).unwrap();
        for sql in &super::MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 4;
             INSERT INTO organisations (id, name, created_at) VALUES (1, 'Acme', '2026-01-01T00:00:00.000Z');
             INSERT INTO users (id, name, email, role, organisation_id, created_at)
                 VALUES (1, 'ann', 'ann@acme.example', 'requester', 1, '2026-01-01T00:00:00.000Z');
             INSERT INTO tokens (user_id, name, hash, created_at) VALUES (1, 't', x'00', '2026-01-01T00:00:00.000Z');
             INSERT INTO tickets (id, key, title, description, type, priority, department, status, resolution,
                 visibility, channel, requester_id, organisation_id, created_at, updated_at, version)
                 VALUES (1, 'CS-1', 'kept', '', 'bug', 'normal', 'technical-support', 'new', 'open',
                 'organisation', 'cli', 1, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1);
             INSERT INTO events (ticket_id, ticket_seq, kind, actor_id, data, at)
                 VALUES (1, 1, 'created', 1, '{}', '2026-01-01T00:00:00.000Z');",
        )
        .unwrap();
        drop(conn);

        let store = super::SqliteStore::open(&path, "CS").unwrap();
        let conn = super::connect(&path).unwrap();
        let version: usize = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, super::MIGRATIONS.len());
        let actor: i64 = conn
            .query_row("SELECT actor_id FROM events", [], |r| r.get(0))
            .unwrap();
        assert_eq!(actor, 1);
        let users = store.users().await.unwrap();
        assert_eq!(users[0].organisation.as_deref(), Some("Acme"));
        let ann = super::super::Actor {
            id: 1,
            name: "ann".into(),
            email: String::new(),
            role: crate::api::Role::Requester,
            organisation_id: Some(1),
            organisation: None,
        };
        assert_eq!(
            store.ticket(&ann, "CS-1", true).await.unwrap().ticket.title,
            "kept"
        );
    }

    /// A database of version 8: tokens get the scopes their role allowed, and names their user
    /// can tell apart; users get room for a password. Nothing else changes.
    #[tokio::test]
    async fn accounts_come_to_a_version_8_database_with_its_rows() {
        use crate::api::TokenScope::{Admin, Read, Write};
        use crate::server::store::NewToken;

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let conn = super::connect(&path).unwrap();
        for sql in &super::MIGRATIONS[..8] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 8;
             INSERT INTO users (id, name, email, role, created_at) VALUES
                 (1, 'root', 'root@example.com', 'admin', '2026-01-01T00:00:00.000Z'),
                 (2, 'ann', 'ann@example.com', 'requester', '2026-01-01T00:00:00.000Z');
             INSERT INTO tokens (id, user_id, name, hash, created_at) VALUES
                 (1, 1, 'bootstrap', x'01', '2026-01-01T00:00:00.000Z'),
                 (2, 2, 'cli', x'02', '2026-01-02T00:00:00.000Z'),
                 (3, 2, 'cli', x'03', '2026-01-03T00:00:00.000Z'),
                 (4, 1, 'cli', x'04', '2026-01-04T00:00:00.000Z'),
                 (5, 2, 'cli', x'05', '2026-01-05T00:00:00.000Z');
             INSERT INTO tokens (id, user_id, name, hash, created_at, revoked_at) VALUES
                 (6, 2, 'cli', x'06', '2026-01-06T00:00:00.000Z', '2026-01-07T00:00:00.000Z');",
        )
        .unwrap();
        drop(conn);

        let store = super::SqliteStore::open(&path, "CS").unwrap();
        let tokens = store.tokens(None).await.unwrap();
        let seen: Vec<(u64, &str, &str, bool)> = tokens
            .iter()
            .map(|t| {
                (
                    t.id,
                    t.user.as_str(),
                    t.name.as_str(),
                    t.revoked_at.is_some(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (1, "root", "bootstrap", false),
                (2, "ann", "cli", false),
                (3, "ann", "cli-3", false),
                (4, "root", "cli", false),
                (5, "ann", "cli-5", false),
                (6, "ann", "cli", true),
            ]
        );
        assert_eq!(tokens[0].scopes, [Read, Write, Admin]);
        assert_eq!(tokens[1].scopes, [Read, Write]);
        assert_eq!(tokens[5].scopes, [Read, Write]);
        assert!(tokens.iter().all(|t| t.last_used_at.is_none()));
        let ann = store.credentials("ann").await.unwrap().unwrap();
        assert!(ann.password_hash.is_none());
        assert_eq!(ann.user.email, "ann@example.com");
        // The names stay apart from then on.
        let again = store.create_token(NewToken::named("ann", "cli-3")).await;
        assert!(again.is_err_and(|e| e.to_string().contains("already has a token named")));
        let conn = super::connect(&path).unwrap();
        let clash = conn.execute(
            "INSERT INTO tokens (user_id, name, hash, scopes, created_at)
             VALUES (2, 'cli', x'07', 'read', '2026-02-01T00:00:00.000Z')",
            [],
        );
        assert!(clash.is_err(), "the index refuses a second live 'cli'");
    }
}
