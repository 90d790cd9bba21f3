//! A real `tik serve` for the benches, on `127.0.0.1:0` with a temporary database, and its
//! filling over HTTP.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) const CONCURRENCY: usize = 32;

pub(crate) struct Service {
    pub(crate) child: Child,
    pub(crate) host: String,
    pub(crate) token: String,
    _dir: tempfile::TempDir,
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_tik"))
        .args(["serve", "--listen", "127.0.0.1:0", "--database"])
        .arg(dir.path().join("tik.db"))
        .args(extra)
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
    let token = value("TIK_TOKEN");
    Service {
        child,
        host,
        token,
        _dir: dir,
    }
}

/// Fills the service over HTTP with `tickets` tickets, the `i`th made of `body(i)`,
/// `CONCURRENCY` requests at a time.
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
