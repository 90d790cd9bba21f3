//! A slowloris against a real `tik serve` with its default settings: two client processes
//! (from 127.0.0.1 and 127.0.0.2) hold 20,000 connections that never finish their headers,
//! opening a new one whenever the service closes one, while `/v1/health` is probed on a fresh
//! connection every 250 ms. It prints how the probes fared and how many descriptors the
//! service held.
//!
//! Run on demand: `cargo bench --bench slowloris` (optionally `-- CONNECTIONS SECONDS`).
//! Traffic goes to the service on loopback only, and stops by itself. Figures, not assertions.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in a client process: `ADDR SOURCE CONNECTIONS SECONDS`.
const CLIENT: &str = "TIK_SLOWLORIS_CLIENT";
/// How many connection attempts one client makes at most, whatever the service does.
const MAX_ATTEMPTS: u64 = 400_000;
const PROBE_EVERY: Duration = Duration::from_millis(250);
const PROBE_TIMEOUT: Duration = Duration::from_secs(5);

fn main() {
    if let Ok(spec) = std::env::var(CLIENT) {
        return client(&spec);
    }
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
    let connections: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(30);

    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut service = Command::new(env!("CARGO_BIN_EXE_tik"))
        .args(["serve", "--listen", "127.0.0.1:0", "--database"])
        .arg(dir.path().join("tik.db"))
        .env("RUST_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("tik serve starts");
    let mut lines = BufReader::new(service.stdout.take().expect("stdout")).lines();
    let host = lines.next().expect("a line").expect("readable");
    let addr: SocketAddr = host
        .strip_prefix("export TIK_HOST=http://")
        .expect("the host line")
        .parse()
        .expect("an address");
    let pid = service.id();

    println!(
        "slowloris: {connections} half-open connections from two clients for {seconds} s against tik serve (defaults) on {addr}"
    );
    let clients: Vec<_> = ["127.0.0.1", "127.0.0.2"]
        .iter()
        .map(|source| {
            Command::new(std::env::current_exe().expect("this bench"))
                .env(
                    CLIENT,
                    format!("{addr} {source} {} {seconds}", connections / 2),
                )
                .stdout(Stdio::piped())
                .spawn()
                .expect("a client starts")
        })
        .collect();

    // Let the clients open their connections, then probe while they hold them.
    std::thread::sleep(Duration::from_secs(3));
    let started = Instant::now();
    let mut latencies = Vec::new();
    let mut statuses = std::collections::BTreeMap::<String, usize>::new();
    let mut most_files = 0;
    while started.elapsed() + Duration::from_secs(3) < Duration::from_secs(seconds) {
        let at = Instant::now();
        let outcome = probe(addr);
        latencies.push(at.elapsed());
        *statuses.entry(outcome).or_default() += 1;
        most_files = most_files.max(open_files(pid));
        std::thread::sleep(PROBE_EVERY.saturating_sub(at.elapsed()));
    }
    for client in clients {
        let output = client.wait_with_output().expect("the client ends");
        print!("{}", String::from_utf8_lossy(&output.stdout));
    }
    let _ = service.kill();
    let _ = service.wait();

    latencies.sort();
    let at = |q: f64| {
        // The index of a quantile of a short list.
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let i = ((latencies.len() - 1) as f64 * q).round() as usize;
        latencies[i]
    };
    println!(
        "/v1/health: {} probes, answers {statuses:?}; median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        latencies.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(*latencies.last().expect("a probe"))
    );
    println!("tik serve held at most {most_files} open files during the probes");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One `GET /v1/health` on a fresh connection: its status, or what went wrong.
fn probe(addr: SocketAddr) -> String {
    let attempt = || -> std::io::Result<String> {
        let mut stream = TcpStream::connect_timeout(&addr, PROBE_TIMEOUT)?;
        stream.set_read_timeout(Some(PROBE_TIMEOUT))?;
        stream.write_all(b"GET /v1/health HTTP/1.1\r\nHost: tik\r\nConnection: close\r\n\r\n")?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        let head = String::from_utf8_lossy(&answer);
        Ok(head.split(' ').nth(1).unwrap_or("no answer").to_owned())
    };
    attempt().unwrap_or_else(|e| format!("failed ({})", e.kind()))
}

fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, Iterator::count)
}

/// A client process: holds `connections` half-open connections from `source`, opening a new
/// one whenever the service closes one, until the time is up.
fn client(spec: &str) {
    let parts: Vec<&str> = spec.split(' ').collect();
    let [addr, source, connections, seconds] = parts[..] else {
        panic!("{CLIENT} is ADDR SOURCE CONNECTIONS SECONDS");
    };
    let addr: SocketAddr = addr.parse().expect("an address");
    let source: SocketAddr = format!("{source}:0").parse().expect("a source address");
    let connections: usize = connections.parse().expect("a count");
    let deadline = Instant::now() + Duration::from_secs(seconds.parse().expect("seconds"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let (opened, closed) = runtime.block_on(async {
        let attempts = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut holders = tokio::task::JoinSet::new();
        for _ in 0..connections {
            holders.spawn(hold(addr, source, deadline, attempts.clone()));
        }
        let (mut opened, mut closed) = (0, 0);
        while let Some(counts) = holders.join_next().await {
            let (o, c) = counts.expect("a holder");
            opened += o;
            closed += c;
        }
        (opened, closed)
    });
    println!("client {source}: opened {opened} connections, the service closed {closed}");
}

/// Keeps one half-open connection for the whole run; returns (opened, closed by the service).
async fn hold(
    addr: SocketAddr,
    source: SocketAddr,
    deadline: Instant,
    attempts: std::sync::Arc<std::sync::atomic::AtomicU64>,
) -> (u64, u64) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (mut opened, mut closed) = (0, 0);
    let deadline = tokio::time::Instant::from_std(deadline);
    while tokio::time::Instant::now() < deadline
        && attempts.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < MAX_ATTEMPTS
    {
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket.bind(source).expect("the source address");
        let Ok(mut stream) = socket.connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        opened += 1;
        if stream
            .write_all(b"GET /v1/health HTTP/1.1\r\nHost: tik\r\nX-Slow: ")
            .await
            .is_err()
        {
            closed += 1;
            continue;
        }
        let mut sink = [0u8; 64];
        match tokio::time::timeout_at(deadline, stream.read(&mut sink)).await {
            Err(_) => break,
            Ok(_) => closed += 1,
        }
    }
    (opened, closed)
}
