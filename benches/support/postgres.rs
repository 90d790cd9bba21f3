//! A PostgreSQL server of the bench's own, from Debian's packages, in a temporary directory:
//! no TCP, its Unix socket in that directory, `fsync` on (the benches measure durable
//! commits). Stopped by its PID when dropped, a panic's unwinding too.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Names the socket, `.s.PGSQL.5432` in the server's own directory: it listens on no TCP port.
const PORT: &str = "5432";
/// The superuser `initdb` makes, whoever runs it.
const USER: &str = "tik";

pub(crate) struct Postgres {
    child: Child,
    bin: PathBuf,
    dir: tempfile::TempDir,
    /// PostgreSQL refuses to run as root: then its files and processes are the `postgres`
    /// user's.
    unprivileged: bool,
}

/// Debian's binaries, of the newest version installed: `/usr/lib/postgresql/17/bin`.
pub(crate) fn installed() -> Option<PathBuf> {
    std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path().join("bin"))
        .filter(|bin| bin.join("postgres").is_file() && bin.join("initdb").is_file())
        .max_by_key(|bin| {
            let version = bin.parent().and_then(Path::file_name);
            version.and_then(|v| v.to_str()?.parse::<u32>().ok())
        })
}

impl Postgres {
    /// `initdb` and `postgres` from `bin`, once it accepts connections.
    pub(crate) fn start(bin: PathBuf) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("tik-pg")
            .tempdir()
            .expect("a temporary directory");
        let unprivileged = rustix::process::geteuid().is_root();
        if unprivileged {
            run(Command::new("chown").arg("postgres:").arg(dir.path()));
        }
        let data = dir.path().join("data");
        // --no-sync: initdb's own files need not reach the disk; the server's commits do.
        run(Self::command(&bin, "initdb", unprivileged, dir.path())
            .arg("-D")
            .arg(&data)
            .args(["-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync"])
            .stdout(Stdio::null()));
        let log = std::fs::File::create(dir.path().join("postgres.log")).expect("a log file");
        let child = Self::command(&bin, "postgres", unprivileged, dir.path())
            .arg("-D")
            .arg(&data)
            .args(["-p", PORT, "-k"])
            .arg(dir.path())
            .args(["-c", "listen_addresses=", "-c", "max_connections=200"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("postgres starts");
        let mut server = Self {
            child,
            bin,
            dir,
            unprivileged,
        };
        server.wait_ready();
        server
    }

    /// `bin/program`, run as the `postgres` user when `unprivileged`, in `dir` (root's home
    /// would be out of its reach).
    fn command(bin: &Path, program: &str, unprivileged: bool, dir: &Path) -> Command {
        let mut command = if unprivileged {
            let mut runuser = Command::new("runuser");
            runuser
                .args(["-u", "postgres", "--"])
                .arg(bin.join(program));
            runuser
        } else {
            Command::new(bin.join(program))
        };
        command.current_dir(dir);
        command
    }

    /// A client program of `bin`, connecting to the server's socket as [`USER`].
    fn client(&self, program: &str) -> Command {
        let mut command = Self::command(&self.bin, program, self.unprivileged, self.dir.path());
        command
            .arg("-h")
            .arg(self.dir.path())
            .args(["-p", PORT, "-U", USER]);
        command
    }

    fn wait_ready(&mut self) {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("postgres's status") {
                panic!("postgres exited ({status}):\n{}", self.log());
            }
            let ready = self
                .client("pg_isready")
                .args(["-q", "-d", "postgres"])
                .status()
                .expect("pg_isready runs");
            if ready.success() {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "postgres is not ready after a minute:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("postgres.log")).unwrap_or_default()
    }

    /// A new, empty database, as a URL for `tik serve --database`.
    pub(crate) fn create_database(&self, name: &str) -> String {
        run(self.client("createdb").arg(name));
        format!(
            "postgresql://{USER}@/{name}?host={}&port={PORT}",
            self.dir.path().display()
        )
    }

    /// A path in the server's temporary directory, for files that go with its databases.
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            // Under runuser the child is runuser's: the postmaster's own PID is the first line
            // of its pid file.
            let pid = std::fs::read_to_string(self.dir.path().join("data/postmaster.pid"))
                .ok()
                .and_then(|file| file.lines().next()?.trim().parse().ok())
                .unwrap_or_else(|| self.child.id().cast_signed());
            // SIGINT is the fast shutdown: it ends the sessions still open, then stops.
            if let Some(pid) = rustix::process::Pid::from_raw(pid) {
                let _ = rustix::process::kill_process(pid, rustix::process::Signal::INT);
            }
        }
        let _ = self.child.wait();
    }
}

fn run(command: &mut Command) {
    let output = command
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|err| panic!("{command:?} cannot start: {err}"));
    assert!(
        output.status.success(),
        "{command:?} failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}
