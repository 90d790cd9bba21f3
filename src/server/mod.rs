//! `tik serve`: the ticket service. Routes are thin; the rules live in [`rules`], the data
//! behind the [`store::Store`] trait.

mod auth;
pub(crate) mod backend;
mod blobs;
mod error;
mod events;
mod extract;
pub(crate) mod idempotency;
mod login;
pub(crate) mod passwords;

pub(crate) use error::Error;
pub(crate) mod openapi;
mod routes;
mod rules;
mod secrets;
pub(crate) mod store;
mod transport;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use crate::api::{AttachmentLimits, AttachmentSettings, Role, User};
use blobs::BlobStore;
use store::Store;
pub(crate) use transport::{DEFAULT_MAX_CONNECTIONS, TransportLimits, raise_open_file_limit};

/// What every handler can reach.
#[derive(Clone)]
pub(crate) struct AppState {
    store: Arc<dyn Store>,
    blobs: Arc<dyn BlobStore>,
    /// The attachment limits given to `tik serve` explicitly.
    limit_flags: Arc<AttachmentSettings>,
    secrets: Arc<secrets::Secrets>,
    brake: Arc<login::Brake>,
    /// Idempotency keys of the requests under way.
    in_flight: Arc<idempotency::InFlight>,
    /// Every committed event, live and from a cursor: `tik watch`'s streams.
    feed: Arc<dyn events::EventFeed>,
    /// Cancelled when the service stops, which ends the streams that follow for ever.
    stopping: tokio_util::sync::CancellationToken,
}

impl AppState {
    /// The attachment limits in force: each from a `tik serve` flag if given, else from the
    /// catalogue (as last imported, seen without a restart), else the built-in default.
    async fn limits(&self) -> error::Result<AttachmentLimits> {
        let catalogue = self.store.attachment_settings().await?;
        Ok(self.limit_flags.over(&catalogue.over(&default_limits())))
    }

    /// Refuses a message of more files than the limits allow. A message of none is never too
    /// many, and the limits are then not read (one query fewer on a shared database).
    async fn check_files_per_message(&self, count: usize) -> error::Result<()> {
        if count == 0 {
            return Ok(());
        }
        rules::validate_files_per_message(count, &self.limits().await?)
    }
}

/// The largest attachment by default: a screen recording, a trimmed log.
pub(crate) const DEFAULT_MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// Files a message may carry by default, as the reference desks allow.
pub(crate) const DEFAULT_MAX_FILES_PER_MESSAGE: u32 = 5;

pub(crate) fn default_limits() -> AttachmentLimits {
    AttachmentLimits {
        max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        max_files_per_message: DEFAULT_MAX_FILES_PER_MESSAGE,
        allowed_media_types: DEFAULT_MEDIA_TYPES
            .iter()
            .map(|t| (*t).to_owned())
            .collect(),
    }
}

/// Media types accepted by default: text of any kind (logs, configuration, scripts, CSV and
/// TSV), data (JSON, so HAR captures), documents, images, videos, captures, archives (CI
/// logs come zipped or gzipped) and mail. Bytes sent as `application/octet-stream` are judged
/// by their name, else their content (text is text); executables and bytes of no known kind
/// only when an operator allows them (`tik serve --allow-type`, or the catalogue).
pub(crate) const DEFAULT_MEDIA_TYPES: &[&str] = &[
    "text/*",
    "application/json",
    "application/xml",
    "application/yaml",
    "application/x-yaml",
    "application/toml",
    "application/sql",
    "application/javascript",
    "application/x-sh",
    "application/pdf",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/zip",
    "application/gzip",
    "application/x-tar",
    "application/x-bzip2",
    "application/x-xz",
    "application/zstd",
    "application/x-7z-compressed",
    "application/vnd.tcpdump.pcap",
    "message/rfc822",
    "image/*",
    "video/mp4",
    "video/quicktime",
    "video/webm",
];

pub(crate) struct ServeConfig {
    pub(crate) listen: String,
    pub(crate) database: backend::Database,
    pub(crate) key_prefix: String,
    /// The attachment limits given as flags, over the catalogue's.
    pub(crate) limit_flags: AttachmentSettings,
    pub(crate) transport: TransportLimits,
    /// The key shared secrets are sealed with; `tik.db.key` beside a SQLite database when
    /// `None` (PostgreSQL's replicas need it given).
    pub(crate) secret_key_file: Option<PathBuf>,
    /// How long a shared secret is kept once given.
    pub(crate) secret_lifetime: std::time::Duration,
}

/// A path beside the database, named after it: `tik.db` + `.lock` is `tik.db.lock`. Attachment
/// bytes live in `tik.db.attachments/`.
fn beside(database: &std::path::Path, suffix: &str) -> PathBuf {
    let mut name = database.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    database.with_file_name(name)
}

/// One service a database: the store assumes it is the only writer, and the blob store clears
/// its incoming files at start. Held (by the returned file) until the service stops; the
/// operating system lets go of it even on `kill -9`.
pub(super) fn lock_database(database: &std::path::Path) -> anyhow::Result<std::fs::File> {
    if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the directory {}", dir.display()))?;
    }
    let path = beside(database, ".lock");
    let file = std::fs::File::create(&path)
        .with_context(|| format!("cannot create the lock file {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
            "another tik serve is using the database {}",
            database.display()
        ),
        Err(std::fs::TryLockError::Error(err)) => {
            Err(err).with_context(|| format!("cannot lock {}", path.display()))
        }
    }
}

/// The database, its attachments and everything beside them hold every ticket: whatever the
/// service creates is its owner's alone (0600 files, 0700 directories), and a database made
/// before this rule is made private too.
pub(super) fn keep_files_private(database: &std::path::Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
        for (path, mode) in [
            (database.to_owned(), 0o600),
            (beside(database, ".attachments"), 0o700),
        ] {
            match std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)) {
                Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                    return Err(err)
                        .with_context(|| format!("cannot make {} private", path.display()));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

pub(crate) async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let key_file = match (&config.secret_key_file, config.database.default_key_file()) {
        (Some(given), _) => given.clone(),
        (None, Some(beside_database)) => beside_database,
        (None, None) => {
            return Err(crate::exit::UsageError(
                "on PostgreSQL, give --secret-key-file: every replica seals secrets with the \
                 same key, which must not be kept in the database"
                    .into(),
            )
            .into());
        }
    };
    let backend = backend::Backend::serve(&config.database, &config.key_prefix).await?;
    let secret_key =
        secrets::SecretKey::load_or_create(&key_file, backend.store.secrets_kept().await?)?;
    let listener = transport::listen(&config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr: SocketAddr = listener.local_addr()?;
    let host = format!("http://{addr}");
    let first_token = bootstrap(backend.store.as_ref()).await?;

    // Stdout carries what a user pastes into another shell; the log goes to stderr.
    println!("export TIK_HOST={host}");
    if let Some(token) = first_token {
        hand_over_first_token(&host, &token);
    }
    tracing::info!(%host, database = %config.database.describe(), "serving");

    let store = backend.store.clone();
    let secrets = secrets::Secrets::new(store.clone(), secret_key, config.secret_lifetime);
    let state = AppState {
        store,
        blobs: backend.blobs.clone(),
        limit_flags: Arc::new(config.limit_flags),
        secrets: Arc::new(secrets),
        brake: Arc::default(),
        in_flight: Arc::default(),
        feed: backend.feed.clone(),
        stopping: tokio_util::sync::CancellationToken::new(),
    };
    // Before the first login, which would otherwise pay for it and be told apart by its time.
    tokio::task::spawn_blocking(passwords::prepare).await?;
    tokio::spawn(keep_house(state.clone()));
    tokio::spawn(state.secrets.clone().keep_purging());
    let stopping = state.stopping.clone();
    let shutdown = async move {
        shutdown().await;
        stopping.cancel();
    };
    transport::serve(listener, routes::router(state), config.transport, shutdown).await;
    Ok(())
}

/// Gives the admin's first token to the CLI of this machine: logged in through the system
/// keyring when one answers, else printed once, for the user to paste into another shell.
fn hand_over_first_token(host: &str, token: &str) {
    // The profile a command uses when none is named, unless the file names another default.
    let profile = crate::config::path()
        .and_then(|path| crate::config::Config::load(&path))
        .map_or_else(
            |_| crate::config::DEFAULT_PROFILE.to_owned(),
            |c| c.profile_name(None),
        );
    let account = crate::credentials::Account {
        profile,
        host: host.to_owned(),
    };
    match crate::credentials::keep_in_keyring(&account, token) {
        Ok(()) => {
            if let Err(err) = crate::config::adopt_host(&account.profile, host) {
                tracing::warn!("cannot make the CLI's default profile use {host}: {err:#}");
            }
            eprintln!(
                "tik: first start: created the admin user 'admin', and logged this machine's \
                 tik in as admin at {host} through the system keyring: try `tik whoami`"
            );
        }
        Err(unreachable) => {
            println!("export TIK_TOKEN={token}");
            eprintln!(
                "tik: first start: created the admin user 'admin'; its token above is shown \
                 only now (no system keyring to keep it in: {unreachable})"
            );
        }
    }
}

/// How long an upload may wait to be attached before it is swept away.
const UPLOAD_LIFETIME: chrono::TimeDelta = chrono::TimeDelta::days(1);
/// How long a retry can replay its first answer (as long as the big payment APIs keep them).
const IDEMPOTENCY_LIFETIME: chrono::TimeDelta = chrono::TimeDelta::days(1);
const HOUSEKEEPING_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// At start and then hourly: removes uploads nobody attached (a client that died between
/// upload and request), with their bytes when nothing else shares them, any file no row
/// refers to, and the bytes of uploads cut off mid-way; forgets old idempotency keys.
async fn keep_house(state: AppState) {
    let mut ticks = tokio::time::interval(HOUSEKEEPING_INTERVAL);
    loop {
        ticks.tick().await;
        // Replicas of one database take turns.
        if let Err(err) = state
            .store
            .housekeeping(store::Chore::Sweep, Box::pin(sweep(&state)))
            .await
        {
            tracing::warn!(%err, "cannot take the turn to keep house");
        }
    }
}

/// One round of housekeeping.
async fn sweep(state: &AppState) {
    let now = chrono::Utc::now();
    let expired = state.store.expire_uploads(now - UPLOAD_LIFETIME);
    match state.blobs.remove(expired).await {
        Ok(0) => {}
        Ok(removed) => tracing::info!(removed, "swept the files of unused uploads"),
        Err(err) => tracing::warn!(%err, "cannot sweep unused uploads"),
    }
    // Bytes that no row refers to, whatever left them (a crash between landing a file
    // and recording it): nothing can ever reach them.
    let orphans = async {
        let stored = state.blobs.stored().await?;
        state.store.unreferenced(stored).await
    };
    match state.blobs.remove(Box::pin(orphans)).await {
        Ok(0) => {}
        Ok(removed) => {
            tracing::info!(removed, "removed files no upload or attachment refers to");
        }
        Err(err) => tracing::warn!(%err, "cannot sweep unreferenced files"),
    }
    match state.blobs.sweep_interrupted().await {
        Ok(0) => {}
        Ok(cleared) => tracing::info!(cleared, "cleared the bytes of uploads cut off"),
        Err(err) => tracing::warn!(%err, "cannot clear the bytes of uploads cut off"),
    }
    let forgotten = state
        .store
        .expire_idempotency_keys(now - IDEMPOTENCY_LIFETIME)
        .await;
    if let Err(err) = forgotten {
        tracing::warn!(%err, "cannot forget old idempotency keys");
    }
}

/// On an empty database, creates the admin user and a token, so the CLI works at once. Of
/// replicas starting together on a new database, the first makes them; the others find the
/// admin there.
async fn bootstrap(store: &dyn Store) -> anyhow::Result<Option<String>> {
    if store.user_count().await? > 0 {
        return Ok(None);
    }
    let admin = User {
        name: "admin".into(),
        email: "admin@localhost".into(),
        role: Role::Admin,
        organisation: None,
    };
    match store.add_user(admin).await {
        Err(Error::Conflict(_)) => return Ok(None),
        made => made?,
    };
    let token = store
        .create_token(store::NewToken::named("admin", "bootstrap"))
        .await?;
    Ok(Some(token.secret))
}

async fn shutdown() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("SIGTERM handler");
        tokio::select! { _ = interrupt => {}, _ = term.recv() => {} }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}
