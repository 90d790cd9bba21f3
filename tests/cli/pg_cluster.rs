//! A private PostgreSQL cluster for tests, from Debian's packages: `initdb` into a temporary
//! directory, the server on a Unix socket there, stopped and its directory removed when the
//! test process ends, however it ends. The CLI suite's harness (`postgres.rs`) and the
//! PostgreSQL store's unit tests both include this file.

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

/// A database user may CREATE DATABASE on this server; each service gets one of its own.
pub(crate) const URL_VARIABLE: &str = "TIK_TEST_DATABASE_URL";

/// `1`: a missing PostgreSQL fails the run instead of skipping the suite (CI sets it).
pub(crate) const REQUIRE_VARIABLE: &str = "TIK_REQUIRE_PG";

/// Whether a missing PostgreSQL is to fail the tests rather than skip them.
pub(crate) fn required() -> bool {
    std::env::var_os(REQUIRE_VARIABLE).is_some_and(|v| v == "1")
}

/// How long the private cluster may take to accept connections.
pub(crate) const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The private cluster's superuser, whoever runs it: trust authentication on its own socket.
pub(crate) const SUPERUSER: &str = "tik";

/// Each `tik serve` pools up to 16 connections, plus 2 of its own, and tests run as many at once
/// as there are cores: on 2, well under 100 connections, with a second service in a test. The
/// room above is for machines with more cores (20 tests of 18 at once), so that no test thread
/// cap is needed.
const MAX_CONNECTIONS: u32 = 400;

/// The private cluster. Never dropped (it lives in a static): the pipe closes, and the
/// watchdog stops the server, when this process ends, however it ends.
pub(crate) struct Cluster {
    /// Its data, socket and log.
    pub(crate) dir: PathBuf,
    port: u16,
    _watchdog: Child,
    _pipe: ChildStdin,
}

impl Cluster {
    /// A URL's query that reaches it: its socket's directory and port.
    pub(crate) fn socket_query(&self) -> String {
        format!(
            "?host={}&port={}",
            percent_encode_path(&self.dir),
            self.port
        )
    }

    /// The URL of its database `name`, as [`SUPERUSER`].
    pub(crate) fn url(&self, name: &str) -> String {
        format!("postgres://{SUPERUSER}@/{name}{}", self.socket_query())
    }

    /// `initdb` into a temporary directory, then the server on its own socket there, under a
    /// watchdog that stops it and removes the directory when this process's end closes its stdin,
    /// however the process ends.
    pub(crate) fn start(bin: &Path) -> Result<Self, String> {
        let dir = cluster_dir()?;
        let data = dir.join("data");
        let initdb = as_server_user(&bin.join("initdb"))
            .arg("--pgdata")
            .arg(&data)
            .args([
                "--username",
                SUPERUSER,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
            ])
            .args(["--no-locale", "--no-sync"])
            .output()
            .map_err(|e| format!("initdb does not run: {e}"))?;
        if !initdb.status.success() {
            // No watchdog yet to remove it.
            let _ = std::fs::remove_dir_all(&dir);
            return Err(format!(
                "initdb failed: {}",
                String::from_utf8_lossy(&initdb.stderr)
            ));
        }
        let port = free_port()?;
        let mut watchdog = as_server_user(Path::new("sh"))
            .args(["-c", WATCHDOG, "sh"])
            .arg(bin.join("postgres"))
            .arg(&dir)
            .arg(port.to_string())
            .arg(MAX_CONNECTIONS.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("the PostgreSQL watchdog does not start: {e}"))?;
        let pipe = watchdog.stdin.take().expect("a piped stdin");
        wait_until_ready(bin, &dir, port, &mut watchdog)?;
        Ok(Cluster {
            dir,
            port,
            _watchdog: watchdog,
            _pipe: pipe,
        })
    }
}

/// Runs the server until its stdin closes, then stops it (a fast shutdown, by its own PID,
/// never by name: other servers may run here) and removes its directory.
/// `$1` postgres, `$2` the directory, `$3` the port, `$4` `max_connections`. `fsync` and the
/// rest are off: the cluster is thrown away.
const WATCHDOG: &str = r#"
"$1" -D "$2/data" -k "$2" -p "$3" -c listen_addresses= -c max_connections="$4" \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    >"$2/postgres.log" 2>&1 &
pid=$!
cat >/dev/null
kill -INT "$pid"
wait "$pid"
rm -rf "$2"
"#;

fn euid_is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// PostgreSQL refuses to run as root: there, its programs run as the `postgres` user.
fn as_server_user(program: &Path) -> Command {
    if euid_is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

/// A directory the server's user owns. As root, in /tmp: `TMPDIR` may be a directory the
/// `postgres` user cannot enter.
fn cluster_dir() -> Result<PathBuf, String> {
    let builder = tempfile::Builder::new()
        .prefix("tik-pg-")
        .tempdir_in(if euid_is_root() {
            PathBuf::from("/tmp")
        } else {
            std::env::temp_dir()
        });
    // Kept: the watchdog removes it once the server has stopped.
    let dir = builder
        .map_err(|e| format!("no temporary directory for PostgreSQL: {e}"))?
        .keep();
    if euid_is_root() {
        let chown = Command::new("chown")
            .arg("postgres:")
            .arg(&dir)
            .status()
            .map_err(|e| format!("chown does not run: {e}"))?;
        if !chown.success() {
            return Err(format!("cannot give {} to postgres", dir.display()));
        }
    }
    Ok(dir)
}

/// A port no one listens on now. The server listens on no TCP port (`listen_addresses=''`),
/// but its socket is named after one.
fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("no free port: {e}"))
}

fn wait_until_ready(bin: &Path, dir: &Path, port: u16, watchdog: &mut Child) -> Result<(), String> {
    let log = || std::fs::read_to_string(dir.join("postgres.log")).unwrap_or_default();
    let deadline = Instant::now() + READY_TIMEOUT;
    loop {
        let ready = Command::new(bin.join("pg_isready"))
            .arg("--quiet")
            .arg("--host")
            .arg(dir)
            .args(["--port", &port.to_string(), "--username", SUPERUSER])
            .status()
            .map_err(|e| format!("pg_isready does not run: {e}"))?;
        if ready.success() {
            return Ok(());
        }
        if watchdog.try_wait().ok().flatten().is_some() {
            return Err(format!(
                "PostgreSQL stopped as it started; its log:\n{}",
                log()
            ));
        }
        if Instant::now() > deadline {
            return Err(format!(
                "PostgreSQL was not ready within {READY_TIMEOUT:?}; its log:\n{}",
                log()
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Where Debian keeps PostgreSQL's server programs (not on `PATH`): what `pg_config` says,
/// else the newest `/usr/lib/postgresql/*/bin`.
pub(crate) fn bin_dir() -> Option<PathBuf> {
    let has_initdb = |dir: &Path| dir.join("initdb").is_file();
    let said = Command::new("pg_config")
        .arg("--bindir")
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    if let Some(dir) = said.filter(|dir| has_initdb(dir)) {
        return Some(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, dir)| has_initdb(dir))
        .collect();
    versions.sort();
    versions.pop().map(|(_, dir)| dir)
}

/// A socket directory as a URL's query parameter: what is not plain is percent-encoded.
pub(crate) fn percent_encode_path(path: &Path) -> String {
    path.to_string_lossy()
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
