//! A real `tik serve` for the benches, on `127.0.0.1:0` with a temporary database, and its
//! filling over HTTP.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) const CONCURRENCY: usize = 32;

pub(crate) struct Service {
    pub(crate) child: Child,
    pub(crate) host: String,
    pub(crate) token: String,
    /// The database's directory, when the service has one of its own.
    dir: Option<tempfile::TempDir>,
}

/// The `tik` the benches run: `TIK_BIN` when set (one built from another branch, say), else
/// the one cargo built with the bench.
pub(crate) fn tik_bin() -> PathBuf {
    std::env::var_os("TIK_BIN").map_or_else(|| env!("CARGO_BIN_EXE_tik").into(), PathBuf::from)
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn start() -> Service {
    start_with(&[])
}

/// [`start`], with more arguments to `tik serve` (`--max-connections 10200`).
pub(crate) fn start_with(extra: &[&str]) -> Service {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let database = dir.path().join("tik.db");
    let mut args = vec![OsStr::new("--database"), database.as_os_str()];
    args.extend(extra.iter().map(OsStr::new));
    let mut service = serve(&args, None);
    service.dir = Some(dir);
    service
}

/// `tik serve` on `127.0.0.1:0` with `args`, its `--database` among them. A first start on a
/// database prints the admin's token, read when `token` is `None`; a replica started on a
/// database another made prints none, and is given the first one's.
pub(crate) fn serve(args: &[&OsStr], token: Option<&str>) -> Service {
    let mut child = Command::new(tik_bin())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(args)
        .env("RUST_LOG", "warn")
        // The first start would log in through a desktop's keyring: a bench's service is its own.
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("tik serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut value = |name: &str| {
        let line = lines
            .next()
            .expect("a line from tik serve")
            .expect("readable");
        line.strip_prefix(&format!("export {name}="))
            .expect("an export line")
            .to_owned()
    };
    let host = value("TIK_HOST");
    let token = token.map_or_else(|| value("TIK_TOKEN"), str::to_owned);
    Service {
        child,
        host,
        token,
        dir: None,
    }
}

/// Fills the service over HTTP with `tickets` tickets, the `i`th made of `body(i)`,
/// `CONCURRENCY` requests at a time.
#[allow(dead_code)] // the replicas bench times its own clients instead
pub(crate) async fn seed(
    service: &Service,
    tickets: usize,
    body: impl Fn(usize) -> serde_json::Value,
) -> Duration {
    let http = reqwest::Client::new();
    let started = Instant::now();
    let mut next = 0;
    while next < tickets {
        let batch: Vec<_> = (next..tickets.min(next + CONCURRENCY))
            .map(|i| {
                http.post(format!("{}/v1/tickets", service.host))
                    .bearer_auth(&service.token)
                    .json(&body(i))
                    .send()
            })
            .collect();
        for response in futures_util::future::join_all(batch).await {
            assert!(response.expect("the service answers").status().is_success());
        }
        next += CONCURRENCY;
    }
    started.elapsed()
}
