//! Peak memory of long lists: `tik list --status all --limit N` in each format, against a real
//! `tik serve` holding 100,000 tickets, for N growing tenfold. The formats for programs are
//! written page by page, so the client's peak should stay flat as N grows; a table must hold
//! every row, and shows what flat is measured against.
//!
//! Run on demand: `cargo bench --bench list_memory` (optionally `-- TICKETS`). It prints, for
//! each list, the client's peak resident set (from `getrusage` of the finished process) and
//! the service's peak while answering it (`VmHWM`, reset before each list), and checks that
//! every ticket came, newest first. Figures, not assertions on time: shared machines are noisy.

#[path = "support/proc.rs"]
mod proc;
#[path = "support/service.rs"]
mod service;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use service::{Service, start};

struct Measured {
    client_kib: i64,
    service_kib: u64,
    elapsed: Duration,
    /// The tickets printed (the lines that hold a key).
    keys: usize,
}

/// Runs `tik ARGS` with its output counted, not kept, and measures it. The client's peak
/// comes from `getrusage(RUSAGE_CHILDREN)`, which is the largest of the waited-for children:
/// so each run is measured in a process of its own (this bench, run again with `--measure`).
fn measure(service: &Service, args: &[&str]) -> Measured {
    proc::reset_peak(service.child.id());
    let started = Instant::now();
    let mut run = Command::new(std::env::current_exe().expect("this bench"))
        .arg("--measure")
        .args(args)
        .env("TIK_HOST", &service.host)
        .env("TIK_TOKEN", &service.token)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::piped())
        .spawn()
        .expect("the measuring run starts");
    let mut output = String::new();
    run.stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut output)
        .expect("its report");
    assert!(run.wait().expect("it ends").success(), "{args:?} failed");
    let elapsed = started.elapsed();
    let mut fields = output
        .split_whitespace()
        .map(|f| f.parse().expect("a number"));
    let keys = usize::try_from(fields.next().expect("keys")).expect("a count");
    let client_kib = fields.next().expect("peak");
    Measured {
        client_kib,
        service_kib: proc::status_kib(service.child.id(), "VmHWM"),
        elapsed,
        keys,
    }
}

/// The measuring process: runs `tik ARGS`, reads its stdout through (counting the lines that
/// hold a key, and checking the keys run down from the newest), then prints that count and
/// the peak.
fn measuring(args: &[String]) {
    let mut tik = Command::new(service::tik_bin())
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("tik starts");
    let mut keys = 0;
    let mut last_key: Option<u64> = None;
    for line in BufReader::new(tik.stdout.take().expect("stdout")).lines() {
        let line = line.expect("a line");
        if let Some(key) = line.find("CS-").map(|at| &line[at + 3..]) {
            keys += 1;
            let digits: String = key.chars().take_while(char::is_ascii_digit).collect();
            let key: u64 = digits.parse().expect("a key's number");
            assert!(
                last_key.is_none_or(|last| key < last),
                "out of order at CS-{key}"
            );
            last_key = Some(key);
        }
    }
    assert!(
        tik.wait().expect("tik ends").success(),
        "tik {args:?} failed"
    );
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
        .expect("getrusage");
    // Linux gives ru_maxrss in KiB.
    println!("{keys} {}", usage.max_rss());
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--measure") {
        measuring(&args[1..]);
        return;
    }
    let tickets: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(100_000);
    let service = start();
    let seeded = service::seed(&service, tickets, |i| {
        serde_json::json!({
            "title": format!("Ticket {i}: the build agent's disk is full"),
            "description": "Seen on every nightly build since Monday.\n".repeat(5),
        })
    })
    .await;
    println!(
        "seeded {tickets} tickets in {:.1} s\n",
        seeded.as_secs_f64()
    );
    println!(
        "{:<44} {:>9} {:>12} {:>13} {:>8}",
        "list", "tickets", "client peak", "service peak", "time"
    );
    let sizes: Vec<usize> = [1_000, 10_000, 100_000]
        .into_iter()
        .filter(|n| *n <= tickets)
        .collect();
    for format in ["jsonl", "csv", "json", "table"] {
        for &n in &sizes {
            let limit = if n == tickets {
                "0".to_owned()
            } else {
                n.to_string()
            };
            let args = [
                "list", "--status", "all", "--limit", &limit, "--format", format,
            ];
            let measured = measure(&service, &args);
            assert_eq!(measured.keys, n, "every ticket, once");
            println!(
                "{:<44} {:>9} {:>8.1} MiB {:>9.1} MiB {:>6.2} s",
                format!("--limit {limit} --format {format}"),
                measured.keys,
                kib_to_mib(measured.client_kib),
                kib_to_mib(i64::try_from(measured.service_kib).unwrap_or(i64::MAX)),
                measured.elapsed.as_secs_f64(),
            );
        }
    }
}

#[allow(clippy::cast_precision_loss)] // a size to print
fn kib_to_mib(kib: i64) -> f64 {
    kib as f64 / 1024.0
}
