//! The test environment: a real `tik serve` on `127.0.0.1:0` with its own database (a SQLite
//! file in a temporary directory, or a PostgreSQL database of its own, as the test binary's
//! root says), and the `tik` binary run against it with a cleared environment.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Snapshots human output (insta) with what changes from run to run masked: times and
/// SHA-256 digests. `INSTA_UPDATE=always cargo test` rewrites the snapshots.
macro_rules! assert_human_snapshot {
    ($output:expr) => {
        insta::with_settings!({
            filters => vec![
                (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "[time]"),
                (r"[0-9a-f]{64}", "[sha256]"),
            ],
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($output);
        });
    };
}
pub(crate) use assert_human_snapshot;

/// The default catalogue's priority scale, lowest first.
pub(crate) const PRIORITIES: [&str; 6] = [
    "normal",
    "medium",
    "high",
    "urgent",
    "very-urgent",
    "critical",
];

/// How long `tik serve` may take to print its address before the test fails instead of hanging.
const START_TIMEOUT: Duration = Duration::from_secs(30);

pub(crate) const TIK: &str = env!("CARGO_BIN_EXE_tik");

/// The store a test binary's services keep their data in, named by its root file.
#[allow(dead_code, reason = "each root names one")]
#[derive(PartialEq, Eq)]
pub(crate) enum Backend {
    Sqlite,
    Postgres,
}

/// Whether this binary's services run on PostgreSQL. A test about what only SQLite has (its
/// file, the lock beside it, their permissions, `sqlite://`) returns early when they do.
pub(crate) fn on_postgres() -> bool {
    crate::BACKEND == Backend::Postgres
}

/// A running `tik serve` and the directory holding its database, the CLI's `HOME` and test files.
pub(crate) struct Service {
    dir: tempfile::TempDir,
    child: Option<Child>,
    /// On PostgreSQL, the service's own database, dropped after `child` is killed; on SQLite,
    /// `None`: the file is in `dir`.
    postgres: Option<crate::postgres::Database>,
    /// Lines of the running service's stdout, read by a thread until it closes.
    stdout: Option<Mutex<Receiver<String>>>,
    /// Every stdout line of the current start that has been read so far.
    pub(crate) printed: Vec<String>,
    serve_args: Vec<String>,
    serve_env: Vec<(String, String)>,
    pub(crate) host: String,
    /// The bootstrap admin's token, printed on the first start only.
    pub(crate) token: String,
}

impl Service {
    pub(crate) fn start() -> Self {
        Self::start_with(&[])
    }

    /// Starts with extra `tik serve` flags, e.g. `--max-attachment-size 1024`.
    pub(crate) fn start_with(serve_args: &[&str]) -> Self {
        Self::start_with_env(serve_args, &[])
    }

    /// Starts with extra `tik serve` flags and environment variables.
    pub(crate) fn start_with_env(serve_args: &[&str], serve_env: &[(&str, &str)]) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("tik-test-")
            .tempdir()
            .expect("a temporary directory");
        for sub in ["home", "config", "data", "files"] {
            std::fs::create_dir(dir.path().join(sub)).expect("a test directory");
        }
        let mut service = Self {
            dir,
            postgres: on_postgres().then(crate::postgres::Database::create),
            child: None,
            stdout: None,
            printed: Vec::new(),
            serve_args: serve_args.iter().map(|a| (*a).to_owned()).collect(),
            serve_env: serve_env
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
            host: String::new(),
            token: String::new(),
        };
        service.spawn();
        service.token = service
            .next_export("TIK_TOKEN")
            .expect("the first start prints TIK_TOKEN");
        service
    }

    pub(crate) fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The SQLite database file: for tests on SQLite only.
    #[track_caller]
    pub(crate) fn database(&self) -> PathBuf {
        assert!(
            !on_postgres(),
            "no database file on PostgreSQL: use database_arg, or return early on_postgres()"
        );
        self.dir().join("tik.db")
    }

    /// What `--database` names this service's database by: the file, or a `postgres://` URL
    /// of its own database on the suite's server (its Unix socket: `host=` a directory).
    pub(crate) fn database_arg(&self) -> OsString {
        match &self.postgres {
            Some(database) => database.url().into(),
            None => self.database().into(),
        }
    }

    /// The key file shared secrets are sealed with, given to the service on PostgreSQL (whose
    /// replicas must share it); on SQLite the service keeps it beside the database.
    pub(crate) fn secret_key_file(&self) -> PathBuf {
        self.dir().join("secret.key")
    }

    /// Where the service keeps attachment bytes on SQLite (beside the database).
    #[track_caller]
    pub(crate) fn blob_dir(&self) -> PathBuf {
        assert!(
            !on_postgres(),
            "PostgreSQL keeps attachment bytes in its tables"
        );
        self.dir().join("tik.db.attachments")
    }

    /// Everything the PostgreSQL database keeps, as `pg_dump` writes it; `None` on SQLite,
    /// whose files are in `dir`.
    pub(crate) fn database_dump(&self) -> Option<Vec<u8>> {
        self.postgres.as_ref().map(crate::postgres::Database::dump)
    }

    /// Rows of what `sql` selects (or an empty list, for a change), each value as text, `None`
    /// for NULL: for a look at the store behind the service. Written in the SQL both backends
    /// read the same.
    pub(crate) fn sql(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        if let Some(database) = &self.postgres {
            return database.query(sql);
        }
        let conn = rusqlite::Connection::open(self.database()).expect("the database opens");
        let mut statement = conn.prepare(sql).unwrap_or_else(|e| panic!("`{sql}`: {e}"));
        let columns = statement.column_count();
        let mut rows = statement.query([]).expect("the statement runs");
        let mut found = Vec::new();
        while let Some(row) = rows.next().expect("a row") {
            found.push(
                (0..columns)
                    .map(|i| sqlite_text(row.get_ref(i).expect("a value")))
                    .collect(),
            );
        }
        found
    }

    fn log_path(&self) -> PathBuf {
        self.dir().join("serve.log")
    }

    /// The service's log so far, for failure messages.
    pub(crate) fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    fn spawn(&mut self) {
        self.spawn_on("127.0.0.1:0");
    }

    /// `tik serve` on this service's database and flags, listening on `listen`, its log
    /// appended to the service's.
    fn serve_command(&self, listen: &str) -> Command {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("the service log");
        let mut command = Command::new(TIK);
        command
            .arg("serve")
            .args(["--listen", listen, "--database"])
            .arg(self.database_arg());
        if on_postgres() && !self.serve_args.iter().any(|a| a == "--secret-key-file") {
            command.arg("--secret-key-file").arg(self.secret_key_file());
        }
        command
            .args(&self.serve_args)
            .env_clear()
            .env("HOME", self.dir().join("home"))
            // No session bus, so no keyring: the first start prints the token.
            .env("XDG_RUNTIME_DIR", self.dir().join("runtime"))
            .env("RUST_LOG", "tik=info")
            .envs(self.serve_env.iter().map(|(n, v)| (n, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log);
        command
    }

    /// A second `tik serve` on this service's database, on a port of its own: a replica, as
    /// a load balancer spreads requests over them. PostgreSQL only (one service a SQLite file).
    pub(crate) fn replica(&self) -> Replica {
        assert!(on_postgres(), "one service a SQLite database");
        let mut child = self
            .serve_command("127.0.0.1:0")
            .spawn()
            .expect("tik serve starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (lines, received) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let first = received.recv_timeout(START_TIMEOUT);
        let host = first
            .ok()
            .and_then(|line| line.strip_prefix("export TIK_HOST=").map(str::to_owned))
            .unwrap_or_else(|| panic!("the replica printed no TIK_HOST; the log:\n{}", self.log()));
        Replica { child, host }
    }

    /// Starts `tik serve` listening on `listen`.
    fn spawn_on(&mut self, listen: &str) {
        let mut child = self
            .serve_command(listen)
            .spawn()
            .expect("tik serve starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (lines, received) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        self.child = Some(child);
        self.stdout = Some(Mutex::new(received));
        self.printed.clear();
        self.host = self.next_export("TIK_HOST").unwrap_or_else(|| {
            panic!(
                "tik serve ended before printing TIK_HOST; its log:\n{}",
                self.log()
            )
        });
    }

    /// The value of the next stdout line, which must be `export NAME=value`; `None` if stdout
    /// closed first. Panics, showing the log, if nothing comes in time.
    fn next_export(&mut self, name: &str) -> Option<String> {
        let received = self.stdout.as_ref().expect("a running service");
        let outcome = received
            .lock()
            .expect("stdout lines")
            .recv_timeout(START_TIMEOUT);
        let line = match outcome {
            Ok(line) => line,
            Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => panic!(
                "tik serve printed no {name} within {START_TIMEOUT:?}; its log:\n{}",
                self.log()
            ),
        };
        self.printed.push(line.clone());
        let prefix = format!("export {name}=");
        match line.strip_prefix(&prefix) {
            Some(value) => Some(value.to_owned()),
            None => panic!(
                "expected `{prefix}…` on the service's stdout, got {line:?}; its log:\n{}",
                self.log()
            ),
        }
    }

    /// Kills the service with SIGKILL (no graceful shutdown) and returns every line it printed
    /// on stdout since it started.
    pub(crate) fn kill(&mut self) -> Vec<String> {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(received) = self.stdout.take() {
            // The reader thread ends at EOF, which the kill brought.
            self.printed
                .extend(received.into_inner().expect("stdout lines").iter());
        }
        std::mem::take(&mut self.printed)
    }

    /// Sends SIGTERM and waits (at most `START_TIMEOUT`) for the service to exit.
    pub(crate) fn terminate(&mut self) -> ExitStatus {
        let mut child = self.child.take().expect("a running service");
        let pid = child.id().to_string();
        let signal = |name: &str| {
            Command::new("kill")
                .args([name, &pid])
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .status()
                .expect("kill runs")
        };
        signal("-TERM");
        let (done, exited) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = done.send(child.wait());
        });
        if let Ok(status) = exited.recv_timeout(START_TIMEOUT) {
            return status.expect("the service's exit status");
        }
        signal("-KILL");
        panic!(
            "tik serve did not stop within {START_TIMEOUT:?} of SIGTERM; its log:\n{}",
            self.log()
        );
    }

    /// Kills the service (SIGKILL) and starts it again on the same database and flags.
    /// Returns what the killed process printed on stdout.
    pub(crate) fn restart(&mut self) -> Vec<String> {
        let printed = self.kill();
        self.spawn();
        printed
    }

    /// Starts the service again after [`Service::kill`], on the same database and flags and
    /// on the same port, so that a client that knew it finds it again.
    pub(crate) fn start_again(&mut self) {
        assert!(self.child.is_none(), "the service is still running");
        let listen = self.addr().to_owned();
        self.spawn_on(&listen);
        assert_eq!(self.addr(), listen, "the service came back on another port");
    }

    /// Kills the service (SIGKILL) and starts it again on the same database, flags and port.
    pub(crate) fn restart_on_the_same_port(&mut self) {
        self.kill();
        self.start_again();
    }

    /// A path inside the test's directory for a file the CLI reads.
    pub(crate) fn file(&self, name: &str) -> PathBuf {
        self.dir().join("files").join(name)
    }

    /// Writes a file for the CLI to read and returns its path.
    pub(crate) fn write_file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.file(name);
        std::fs::write(&path, contents).expect("a test file");
        path
    }

    /// Every file the service holds in its attachment store. On PostgreSQL, each is named
    /// `TABLE/KEY`: `blobs/SHA256`, or `blob_staging/UPLOAD` for one still arriving.
    pub(crate) fn stored_blobs(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else {
                    found.push(path);
                }
            }
        }
        if on_postgres() {
            return self
                .sql(
                    "SELECT 'blobs/' || sha256 FROM blobs UNION ALL \
                     SELECT DISTINCT 'blob_staging/' || upload FROM blob_staging",
                )
                .into_iter()
                .map(|row| PathBuf::from(row[0].as_deref().expect("a name")))
                .collect();
        }
        let mut found = Vec::new();
        walk(&self.blob_dir(), &mut found);
        found
    }

    /// The bytes the service keeps of the content `sha256`.
    pub(crate) fn blob_bytes(&self, sha256: &str) -> Vec<u8> {
        if !on_postgres() {
            let path = self.blob_dir().join(&sha256[..2]).join(sha256);
            return std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        let rows = self.sql(&format!(
            "SELECT encode(bytes, 'hex') FROM blob_chunks WHERE sha256 = '{sha256}' ORDER BY n"
        ));
        assert!(!rows.is_empty(), "no blob {sha256}");
        rows.iter()
            .flat_map(|row| hex::decode(row[0].as_deref().expect("bytes")).expect("hex"))
            .collect()
    }

    /// Replaces the bytes the service keeps of the content `sha256`, as a damaged disk would.
    pub(crate) fn damage_blob(&self, sha256: &str, bytes: &[u8]) {
        if !on_postgres() {
            let path = self.blob_dir().join(&sha256[..2]).join(sha256);
            assert!(path.is_file(), "no blob {}", path.display());
            std::fs::write(path, bytes).expect("the blob rewritten");
            return;
        }
        // In one chunk, the first: what a small file is kept as. Both statements in one
        // transaction.
        self.sql(&format!(
            "DELETE FROM blob_chunks WHERE sha256 = '{sha256}' \
             AND n > (SELECT min(n) FROM blob_chunks WHERE sha256 = '{sha256}'); \
             UPDATE blob_chunks SET bytes = decode('{}', 'hex') WHERE sha256 = '{sha256}'",
            hex::encode(bytes)
        ));
        assert_eq!(self.blob_bytes(sha256), bytes, "the blob rewritten");
    }

    /// `tik ARGS` against this service, as the bootstrap admin.
    pub(crate) fn tik<I, S>(&self, args: I) -> Tik
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Tik::new(self.dir(), args)
            .host(&self.host)
            .token(&self.token)
    }

    /// `sh -c SCRIPT` with `$TIK` the binary, in the environment `tik` gets.
    pub(crate) fn sh(&self, script: &str) -> Tik {
        Tik::shell(self.dir(), script)
            .host(&self.host)
            .token(&self.token)
    }

    /// `tik admin --database DB ARGS`, on this service's database.
    pub(crate) fn admin<I, S>(&self, args: I) -> Tik
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut full: Vec<OsString> = vec!["admin".into(), "--database".into()];
        full.push(self.database_arg());
        full.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        Tik::new(self.dir(), full)
    }

    /// Adds a user with `tik admin user add` and returns a new token of theirs.
    pub(crate) fn add_user(&self, name: &str, role: &str) -> String {
        let email = format!("{name}@example.com");
        self.admin(["user", "add", name, "--email", &email, "--role", role])
            .run()
            .success();
        self.token_for(name)
    }

    /// Adds a requester of `organisation` and returns a new token of theirs.
    pub(crate) fn add_member(&self, name: &str, organisation: &str) -> String {
        self.add_member_as(name, organisation, "requester")
    }

    /// Adds a user of `organisation` in `role` (a requester or an org-admin) and returns a
    /// new token of theirs.
    pub(crate) fn add_member_as(&self, name: &str, organisation: &str, role: &str) -> String {
        let email = format!("{name}@example.com");
        self.admin(["user", "add", name, "--email", &email, "--role", role])
            .args(["--org", organisation])
            .run()
            .success();
        self.token_for(name)
    }

    /// A new token of `user`, from `tik admin token create`.
    pub(crate) fn token_for(&self, user: &str) -> String {
        let token = self
            .admin(["token", "create", user])
            .run()
            .success()
            .stdout
            .trim()
            .to_owned();
        assert!(token.starts_with("tik_"), "not a token: {token:?}");
        token
    }

    /// `tik new -q -t TITLE` as the admin; returns the key.
    pub(crate) fn new_ticket(&self, title: &str) -> String {
        self.new_ticket_as(&self.token, title, &[])
    }

    /// `tik new -q -t TITLE ARGS` as the holder of `token`; returns the key.
    pub(crate) fn new_ticket_as(&self, token: &str, title: &str, args: &[&str]) -> String {
        self.tik(["new", "-q", "-t", title])
            .args(args)
            .token(token)
            .run()
            .success()
            .stdout
            .trim()
            .to_owned()
    }

    /// The service's `host:port`, for raw sockets.
    pub(crate) fn addr(&self) -> &str {
        self.host.strip_prefix("http://").expect("an http:// host")
    }

    /// An HTTP request to the service, as the bootstrap admin.
    pub(crate) fn http(&self, method: &str, path: &str) -> Http {
        Http {
            addr: self.addr().to_owned(),
            method: method.to_owned(),
            path: path.to_owned(),
            headers: vec![("Authorization".into(), format!("Bearer {}", self.token))],
            body: Vec::new(),
        }
    }
}

/// A replica of a [`Service`] (see [`Service::replica`]); killed when dropped.
pub(crate) struct Replica {
    child: Child,
    pub(crate) host: String,
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A SQLite value as text, as PostgreSQL's would print: blobs in hex, as `\x…`.
fn sqlite_text(value: rusqlite::types::ValueRef<'_>) -> Option<String> {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => None,
        ValueRef::Integer(n) => Some(n.to_string()),
        ValueRef::Real(x) => Some(x.to_string()),
        ValueRef::Text(text) => Some(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Some(format!("\\x{}", hex::encode(bytes))),
    }
}

/// One run of the `tik` binary, being set up.
pub(crate) struct Tik {
    command: Command,
    line: String,
    stdin: Option<Vec<u8>>,
}

impl Tik {
    /// `tik ARGS` with a cleared environment: only its own `HOME` and XDG directories inside
    /// `dir`, `NO_COLOR`, `COLUMNS`, and what the test adds.
    pub(crate) fn new<I, S>(dir: &Path, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Self::program(TIK, "tik", dir, args)
    }

    /// `sh -c SCRIPT` in the same environment, plus `PATH` and `TIK` (the binary), for tests
    /// of `tik` in a real pipeline.
    pub(crate) fn shell(dir: &Path, script: &str) -> Self {
        let mut sh = Self::program("sh", "sh", dir, ["-c", script]);
        sh.command
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TIK", TIK);
        sh
    }

    /// `PROGRAM ARGS` (a shell) in the same environment, with the `tik` under test first on
    /// `PATH`, as a shell finds it: for tests of what a shell does with tik (completion).
    pub(crate) fn with_tik_on_path<I, S>(program: &str, dir: &Path, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut run = Self::program(program, program, dir, args);
        let bin = Path::new(TIK).parent().expect("the binary's directory");
        let path = std::env::var_os("PATH").unwrap_or_default();
        let path = std::env::join_paths(
            std::iter::once(bin.to_owned()).chain(std::env::split_paths(&path)),
        )
        .expect("a PATH");
        run.command.env("PATH", path);
        run
    }

    fn program<I, S>(program: &str, name: &str, dir: &Path, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let args: Vec<OsString> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
        let line = std::iter::once(name.to_owned())
            .chain(args.iter().map(|a| a.to_string_lossy().into_owned()))
            .collect::<Vec<_>>()
            .join(" ");
        let mut command = Command::new(program);
        command
            .args(&args)
            .env_clear()
            .env("HOME", dir.join("home"))
            .env("XDG_CONFIG_HOME", dir.join("config"))
            // Never the user's own keyring: tests that want one start their own.
            .env("XDG_RUNTIME_DIR", dir.join("runtime"))
            .env("XDG_DATA_HOME", dir.join("data"))
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .current_dir(dir.join("files"));
        Self {
            command,
            line,
            stdin: None,
        }
    }

    pub(crate) fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        for arg in args {
            self = self.arg(arg);
        }
        self
    }

    pub(crate) fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.line.push(' ');
        self.line.push_str(&arg.as_ref().to_string_lossy());
        self.command.arg(arg);
        self
    }

    pub(crate) fn host(mut self, host: &str) -> Self {
        self.command.env("TIK_HOST", host);
        self
    }

    /// Sets one more environment variable.
    pub(crate) fn env(mut self, name: &str, value: impl AsRef<OsStr>) -> Self {
        self.command.env(name, value);
        self
    }

    /// Runs in a pseudo-terminal, as a person at a keyboard would: stdin, stdout and stderr
    /// are all the terminal (an xterm: without `TERM`, a terminal counts as dumb).
    /// Expectations time out after 30 s instead of hanging the test.
    pub(crate) fn in_terminal(mut self) -> rexpect::session::PtySession {
        if self.command.get_envs().all(|(name, _)| name != "TERM") {
            self.command.env("TERM", "xterm");
        }
        rexpect::session::spawn_command(self.command, Some(30_000))
            .unwrap_or_else(|e| panic!("{} does not start in a terminal: {e}", self.line))
    }

    pub(crate) fn env_remove(mut self, name: &str) -> Self {
        self.command.env_remove(name);
        self
    }

    pub(crate) fn no_host(mut self) -> Self {
        self.command.env_remove("TIK_HOST");
        self
    }

    pub(crate) fn token(mut self, token: &str) -> Self {
        self.command.env("TIK_TOKEN", token);
        self
    }

    pub(crate) fn no_token(mut self) -> Self {
        self.command.env_remove("TIK_TOKEN");
        self
    }

    pub(crate) fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    pub(crate) fn run(self) -> Run {
        self.spawn().wait()
    }

    /// Starts the run without waiting for it, for a test that acts while it goes on.
    pub(crate) fn spawn(mut self) -> Running {
        self.command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            });
        let mut child = self.command.spawn().expect("tik runs");
        let writer = self.stdin.take().map(|bytes| {
            let mut stdin = child.stdin.take().expect("piped stdin");
            // A thread, so a large stdin cannot deadlock against a full stdout pipe.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&bytes);
            })
        });
        Running {
            line: self.line,
            child,
            writer,
            lines: None,
            read: Vec::new(),
        }
    }
}

/// A run of `tik` under way.
pub(crate) struct Running {
    line: String,
    child: Child,
    writer: Option<std::thread::JoinHandle<()>>,
    /// Its stdout a line at a time, once [`Running::next_line`] has been asked for one.
    lines: Option<Receiver<String>>,
    /// The lines `next_line` has handed out, kept for the run's whole stdout.
    read: Vec<String>,
}

impl Running {
    pub(crate) fn id(&self) -> u32 {
        self.child.id()
    }

    /// Sends the process a signal with `kill`, e.g. `-STOP`.
    pub(crate) fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([name, &self.id().to_string()])
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill {name} {}", self.id());
    }

    /// Whether the command is still running.
    pub(crate) fn running(&mut self) -> bool {
        self.child
            .try_wait()
            .expect("the command's status")
            .is_none()
    }

    /// The next line the command prints on stdout, for a command that goes on printing;
    /// `None` when stdout closed, or nothing came within `timeout`.
    pub(crate) fn next_line(&mut self, timeout: Duration) -> Option<String> {
        let lines = self.lines.get_or_insert_with(|| {
            let stdout = self.child.stdout.take().expect("piped stdout");
            let (sender, lines) = mpsc::channel();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if sender.send(line).is_err() {
                        break;
                    }
                }
            });
            lines
        });
        let line = lines.recv_timeout(timeout).ok()?;
        self.read.push(line.clone());
        Some(line)
    }

    /// The lines printed on stdout until one satisfies `wanted` (which it returns), each
    /// within `timeout` of the last; panics, saying what came, if none does.
    #[track_caller]
    pub(crate) fn line_until(
        &mut self,
        timeout: Duration,
        wanted: impl Fn(&str) -> bool,
    ) -> String {
        loop {
            match self.next_line(timeout) {
                Some(line) if wanted(&line) => return line,
                Some(_) => {}
                None => panic!(
                    "`{}` printed no line wanted within {timeout:?}; it printed:\n{}",
                    self.line,
                    self.read.join("\n")
                ),
            }
        }
    }

    /// Waits for the command to end, at most `timeout`: past it the command is killed and
    /// the test fails, saying what it printed, rather than hanging.
    #[track_caller]
    pub(crate) fn wait_within(mut self, timeout: Duration) -> Run {
        let deadline = Instant::now() + timeout;
        while self
            .child
            .try_wait()
            .expect("the command's status")
            .is_none()
        {
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let run = self.wait();
                panic!("still running after {timeout:?}: {}", run.describe());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.wait()
    }

    pub(crate) fn wait(self) -> Run {
        let output = self.child.wait_with_output().expect("tik finishes");
        if let Some(writer) = self.writer {
            writer.join().expect("stdin written");
        }
        // What `next_line` read, then the rest (the reader ends when the command does).
        let mut lines = self.read;
        lines.extend(self.lines.iter().flat_map(Receiver::iter));
        let mut stdout = lines.join("\n");
        if !lines.is_empty() {
            stdout.push('\n');
        }
        stdout.push_str(&String::from_utf8_lossy(&output.stdout));
        Run {
            line: self.line,
            code: output.status.code(),
            stdout,
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Waits for a terminal session's process to end and returns its exit code.
pub(crate) fn exit_code(mut session: rexpect::session::PtySession) -> i32 {
    session.exp_eof().expect("the command ends");
    match session.process().wait().expect("the command's status") {
        rexpect::process::WaitStatus::Exited(_, code) => code,
        other => panic!("the command did not exit normally: {other:?}"),
    }
}

/// What a run of `tik` did.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) line: String,
    /// `None` when a signal ended it.
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    fn describe(&self) -> String {
        format!(
            "`{}` exited with {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.line, self.code, self.stdout, self.stderr
        )
    }

    #[track_caller]
    pub(crate) fn success(self) -> Self {
        assert_eq!(self.code, Some(0), "expected success: {}", self.describe());
        self
    }

    /// Asserts the exit code, whatever the output.
    #[track_caller]
    pub(crate) fn code(self, code: i32) -> Self {
        assert_eq!(
            self.code,
            Some(code),
            "expected exit code {code}: {}",
            self.describe()
        );
        self
    }

    /// Asserts a failure reported as `tik` reports them: exit `code`, nothing on stdout, and
    /// one line on stderr starting with `tik: `. Returns that line.
    #[track_caller]
    pub(crate) fn fails(self, code: i32) -> String {
        let run = self.code(code);
        assert!(
            run.stdout.is_empty(),
            "a failure printed on stdout: {}",
            run.describe()
        );
        assert!(
            run.stderr.starts_with("tik: ") && run.stderr.trim_end().lines().count() == 1,
            "expected one line `tik: …` on stderr: {}",
            run.describe()
        );
        run.stderr.trim_end().to_owned()
    }

    #[track_caller]
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.describe()))
    }
}

/// A hand-written HTTP/1.1 request, for what the CLI never sends (a reused idempotency key).
pub(crate) struct Http {
    addr: String,
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

#[derive(Debug)]
pub(crate) struct HttpResponse {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl HttpResponse {
    #[track_caller]
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "the body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Asserts the response is an `application/problem+json` of `status`; returns the problem.
    #[track_caller]
    pub(crate) fn problem(&self, status: u16) -> Value {
        assert_eq!(
            self.status,
            status,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "{self:?}"
        );
        let problem = self.json();
        assert_eq!(problem["status"], status);
        problem
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Http {
    /// Sent to another service than the one that made it: a replica, at `host`.
    pub(crate) fn to(mut self, host: &str) -> Self {
        host.strip_prefix("http://")
            .expect("an http:// host")
            .clone_into(&mut self.addr);
        self
    }

    pub(crate) fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sends the request as the holder of `token` instead of the admin.
    pub(crate) fn token(mut self, token: &str) -> Self {
        self.headers.retain(|(name, _)| name != "Authorization");
        self.header("Authorization", &format!("Bearer {token}"))
    }

    pub(crate) fn without_auth(mut self) -> Self {
        self.headers.retain(|(name, _)| name != "Authorization");
        self
    }

    pub(crate) fn body(mut self, body: Vec<u8>) -> Self {
        self.body = body;
        self
    }

    pub(crate) fn json(self, body: &Value) -> Self {
        let mut request = self.header("Content-Type", "application/json");
        request.body = serde_json::to_vec(body).expect("JSON");
        request
    }

    /// Sends the request with `Expect: 100-continue`, so a body the service refuses up front
    /// (by its declared size, say) is never sent: no reset for unread bytes, no flaky read.
    pub(crate) fn send(self) -> HttpResponse {
        let mut stream = TcpStream::connect(&self.addr).expect("the service accepts");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("a read timeout");
        let mut head = format!(
            "{} {} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.method,
            self.path,
            self.addr,
            self.body.len()
        );
        if !self.body.is_empty() {
            head.push_str("Expect: 100-continue\r\n");
        }
        for (name, value) in &self.headers {
            let _ = write!(head, "{name}: {value}\r\n");
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).expect("request sent");
        let mut raw = Vec::new();
        if !self.body.is_empty() {
            let end = read_head(&mut stream, &mut raw);
            if raw.starts_with(b"HTTP/1.1 100") {
                raw.drain(..end);
                stream.write_all(&self.body).expect("body sent");
            }
        }
        stream.read_to_end(&mut raw).expect("a response");
        parse_response(&raw)
    }
}

/// Reads until `raw` holds a whole response head; returns where it ends.
fn read_head(stream: &mut TcpStream, raw: &mut Vec<u8>) -> usize {
    let mut buffer = [0u8; 4096];
    loop {
        if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            return at + 4;
        }
        let read = stream.read(&mut buffer).expect("a response head");
        assert!(read > 0, "the connection closed before a response head");
        raw.extend_from_slice(&buffer[..read]);
    }
}

pub(crate) fn parse_response(raw: &[u8]) -> HttpResponse {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response head");
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = dechunk(&body);
    }
    HttpResponse {
        status,
        headers,
        body,
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = raw
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a chunk size");
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
            .expect("a hex chunk size");
        if size == 0 {
            return body;
        }
        let start = line_end + 2;
        body.extend_from_slice(&raw[start..start + size]);
        raw = &raw[start + size + 2..];
    }
}

/// Runs `count` jobs on `threads` threads; for setting up many tickets quickly.
pub(crate) fn in_parallel(count: usize, threads: usize, job: impl Fn(usize) + Sync) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= count {
                        break;
                    }
                    job(i);
                }
            });
        }
    });
}

/// Creates `count` tickets over HTTP (much faster than a process each), titled by `title`.
pub(crate) fn create_tickets(
    service: &Service,
    count: usize,
    title: impl Fn(usize) -> String + Sync,
) {
    let started = Instant::now();
    in_parallel(count, 8, |i| {
        let response = service
            .http("POST", "/v1/tickets")
            .json(&serde_json::json!({ "title": title(i) }))
            .send();
        assert_eq!(
            response.status,
            201,
            "{}",
            String::from_utf8_lossy(&response.body)
        );
    });
    // Not an assertion (timing is never asserted): a hint when set-up turns slow.
    if started.elapsed() > Duration::from_secs(20) {
        eprintln!("creating {count} tickets took {:?}", started.elapsed());
    }
}

/// The keys of a JSON array of tickets, in order.
pub(crate) fn keys(tickets: &Value) -> Vec<String> {
    tickets
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|t| t["key"].as_str().expect("a key").to_owned())
        .collect()
}

/// Lowercase hex SHA-256, computed here independently of the service.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}
