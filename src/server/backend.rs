//! Where the service keeps its data, as `--database` names it: a SQLite file (the default:
//! nothing to run, one service a file) or a PostgreSQL database (any number of replicas on
//! one database). What differs between them is decided here; the rest of the service sees
//! only the traits.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use super::blobs::{BlobStore, FileBlobs};
use super::events::EventFeed;
use super::store::{PgStore, SqliteStore, Store};
use super::{beside, secrets};

/// A database, as `--database` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Database {
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` URL, in full (its password too: never log it).
    Postgres(String),
}

impl Database {
    /// A `--database` value: a path, a `sqlite:` URL of one (`sqlite://tik.db`,
    /// `sqlite:///var/lib/tik/tik.db`), or a PostgreSQL URL. A URL of another scheme is
    /// refused, rather than taken for a relative path and made into a directory named `mysql:`.
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        if super::store::is_postgres_url(value) {
            return Ok(Self::Postgres(value.to_owned()));
        }
        let path = match value.split_once(':') {
            Some(("sqlite", rest)) => rest.strip_prefix("//").unwrap_or(rest),
            Some((scheme, rest))
                if rest.starts_with("//")
                    && !scheme.is_empty()
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)) =>
            {
                return Err(format!(
                    "tik keeps its data in SQLite or PostgreSQL, not {scheme}: give a path, \
                     sqlite://PATH or postgres://…"
                ));
            }
            _ => value,
        };
        if path.is_empty() {
            return Err("give the database's path, e.g. sqlite://tik.db".into());
        }
        Ok(Self::Sqlite(PathBuf::from(path)))
    }

    /// The key file shared secrets are sealed with when `--secret-key-file` names none:
    /// beside a SQLite file. None for PostgreSQL: every replica must seal with the same key,
    /// and the key must never be kept in the database it protects, so the operator gives it.
    pub(crate) fn default_key_file(&self) -> Option<PathBuf> {
        match self {
            Self::Sqlite(path) => Some(secrets::default_key_file(path)),
            Self::Postgres(_) => None,
        }
    }

    /// The database as logs and messages name it: a PostgreSQL URL without its password.
    pub(crate) fn describe(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => without_password(url),
        }
    }
}

/// `postgres://user:secret@host/db` as `postgres://user:***@host/db`; a password given as a
/// `password=` parameter is masked too.
fn without_password(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority, tail) = rest
        .find(['/', '?'])
        .map_or((rest, ""), |at| rest.split_at(at));
    let authority = match authority.rsplit_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => authority.to_owned(),
        },
        None => authority.to_owned(),
    };
    let tail: String = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((name, _)) if name.eq_ignore_ascii_case("password") => {
                        format!("{name}=***")
                    }
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// A store opened for the service, with what goes with it on its backend.
pub(crate) struct Backend {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) feed: Arc<dyn EventFeed>,
    pub(crate) blobs: Arc<dyn BlobStore>,
    /// SQLite's lock file, held while the service runs: one service a database file.
    _only_service: Option<std::fs::File>,
}

impl Backend {
    /// Opens `database` for `tik serve`: SQLite's file is locked for this service alone and
    /// kept private, and its attachments are files beside it; PostgreSQL's schema is made or
    /// brought up to date, and its attachments are in the database.
    pub(crate) async fn serve(database: &Database, key_prefix: &str) -> anyhow::Result<Self> {
        match database {
            Database::Sqlite(path) => {
                super::keep_files_private(path)?;
                let only_service = super::lock_database(path)?;
                let store = open_sqlite(path, key_prefix)?;
                let blobs = FileBlobs::open(beside(path, ".attachments"))
                    .context("cannot create the attachment directory")?;
                Ok(Self {
                    feed: Arc::new(store.clone()),
                    store: Arc::new(store),
                    blobs: Arc::new(blobs),
                    _only_service: Some(only_service),
                })
            }
            Database::Postgres(url) => {
                let store = PgStore::open(url, key_prefix)
                    .await
                    .with_context(|| format!("cannot open the database {}", database.describe()))?;
                Ok(Self {
                    blobs: Arc::new(store.blobs()),
                    feed: Arc::new(store.clone()),
                    store: Arc::new(store),
                    _only_service: None,
                })
            }
        }
    }
}

/// Opens `database` for `tik admin`, which works beside a running service. It must exist: a
/// mistyped path or URL must not make a new, empty database.
pub(crate) async fn open_for_admin(
    database: &Database,
    key_prefix: &str,
) -> anyhow::Result<Arc<dyn Store>> {
    let missing = || {
        crate::exit::UsageError(format!(
            "no tik database at {}: start `tik serve` first (it creates one), or pass --database",
            database.describe()
        ))
    };
    match database {
        Database::Sqlite(path) => {
            if !path.exists() {
                return Err(missing().into());
            }
            Ok(Arc::new(open_sqlite(path, key_prefix)?))
        }
        Database::Postgres(url) => {
            let store = PgStore::open_existing(url, key_prefix)
                .await
                .with_context(|| format!("cannot open the database {}", database.describe()))?;
            store.map_or_else(
                || Err(missing().into()),
                |s| Ok(Arc::new(s) as Arc<dyn Store>),
            )
        }
    }
}

fn open_sqlite(path: &std::path::Path, key_prefix: &str) -> anyhow::Result<SqliteStore> {
    SqliteStore::open(path, key_prefix)
        .with_context(|| format!("cannot open the database {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::Database;

    #[test]
    fn a_database_is_a_path_a_sqlite_url_or_a_postgres_url() {
        let sqlite = |v: &str| match Database::parse(v) {
            Ok(Database::Sqlite(path)) => Ok(path.display().to_string()),
            other => Err(format!("{other:?}")),
        };
        assert_eq!(sqlite("tik.db").as_deref(), Ok("tik.db"));
        assert_eq!(sqlite("./data/tik.db").as_deref(), Ok("./data/tik.db"));
        assert_eq!(sqlite("sqlite://tik.db").as_deref(), Ok("tik.db"));
        assert_eq!(
            sqlite("sqlite:///var/lib/tik/tik.db").as_deref(),
            Ok("/var/lib/tik/tik.db")
        );
        assert_eq!(sqlite("sqlite:tik.db").as_deref(), Ok("tik.db"));
        // A colon in a file name is still a file name.
        assert_eq!(sqlite("backup:2026.db").as_deref(), Ok("backup:2026.db"));
        for url in [
            "postgres://db/tik",
            "postgresql://u@h/tik",
            "POSTGRES://h/t",
        ] {
            assert_eq!(Database::parse(url), Ok(Database::Postgres(url.into())));
        }
        for refused in ["mysql://h/tik", "sqlite://", ""] {
            assert!(Database::parse(refused).is_err(), "{refused}");
        }
    }

    #[test]
    fn a_postgres_url_is_described_without_its_password() {
        let describe = |url: &str| Database::Postgres(url.into()).describe();
        assert_eq!(
            describe("postgres://tik:s3cret@db.example:5432/tik"),
            "postgres://tik:***@db.example:5432/tik"
        );
        assert_eq!(describe("postgres://tik@db/tik"), "postgres://tik@db/tik");
        assert_eq!(
            describe("postgresql:///tik?host=/run/pg&password=s3cret&port=5433"),
            "postgresql:///tik?host=/run/pg&password=***&port=5433"
        );
        assert!(!describe("postgres://a:b:c@h/d").contains("b:c"));
    }
}
