//! Durable ticket creates a second over HTTP, and whole `tik show` and `tik list` runs, against
//! `tik serve` on SQLite, on PostgreSQL, and as two replicas sharing one PostgreSQL database.
//!
//! Run on demand: `cargo bench --bench replicas` (optionally `-- CREATES SECONDS RUNS`). Each
//! setup starts empty; 32 clients, a kept-alive connection each (split over the replicas by
//! client), create tickets until CREATES are made or SECONDS have passed; then RUNS `tik show
//! CS-1` and `tik list` processes are timed against what they made (taking the replicas in
//! turn). PostgreSQL is the bench's own server, started from Debian's packages; without them,
//! SQLite alone is measured. `TIK_BIN` names another `tik` to run. Figures, not assertions.

#[path = "support/postgres.rs"]
mod postgres;
#[path = "support/service.rs"]
mod service;
#[path = "support/timing.rs"]
mod timing;

use std::ffi::OsStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use postgres::Postgres;
use service::{CONCURRENCY, Service};
use timing::{quantile_ms, time_cli};

/// What the clients did in one setup.
#[derive(Default)]
struct Load {
    created: usize,
    failed: usize,
    first_failure: Option<String>,
}

impl Load {
    fn add(&mut self, other: Self) {
        self.created += other.created;
        self.failed += other.failed;
        self.first_failure = self.first_failure.take().or(other.first_failure);
    }
}

/// One setup's figures, for the table.
struct Figures {
    setup: &'static str,
    creates_per_s: f64,
    show: Vec<Duration>,
    list: Vec<Duration>,
}

impl Figures {
    fn show(&self, q: f64) -> f64 {
        quantile_ms(&self.show, q)
    }

    fn list(&self, q: f64) -> f64 {
        quantile_ms(&self.list, q)
    }
}

struct Limits {
    creates: usize,
    duration: Duration,
    runs: usize,
}

/// [`CONCURRENCY`] clients creating tickets, client `c` on `replicas[c % n]`, until
/// `limits.creates` are asked for or `limits.duration` has passed.
async fn create(replicas: &[&Service], limits: &Limits) -> (Load, Duration) {
    let asked = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let clients: Vec<_> = (0..CONCURRENCY)
        .map(|client| {
            let replica = replicas[client % replicas.len()];
            let url = format!("{}/v1/tickets", replica.host);
            let token = replica.token.clone();
            let asked = asked.clone();
            let (creates, duration) = (limits.creates, limits.duration);
            tokio::spawn(async move {
                // A client of its own, so one kept-alive connection to its one replica.
                let http = reqwest::Client::new();
                let mut load = Load::default();
                while started.elapsed() < duration {
                    let i = asked.fetch_add(1, Ordering::Relaxed);
                    if i >= creates {
                        break;
                    }
                    let body = serde_json::json!({
                        "title": format!("Ticket {i}: the build agent's disk is full"),
                    });
                    let failure = match http.post(&url).bearer_auth(&token).json(&body).send().await
                    {
                        Ok(response) if response.status().is_success() => {
                            load.created += 1;
                            continue;
                        }
                        Ok(response) => format!(
                            "{}: {}",
                            response.status(),
                            response.text().await.unwrap_or_default()
                        ),
                        Err(err) => err.to_string(),
                    };
                    load.failed += 1;
                    load.first_failure.get_or_insert(failure);
                }
                load
            })
        })
        .collect();
    let mut load = Load::default();
    for client in clients {
        load.add(client.await.expect("a client finishes"));
    }
    (load, started.elapsed())
}

async fn measure(setup: &'static str, replicas: &[&Service], limits: &Limits) -> Figures {
    let (load, elapsed) = create(replicas, limits).await;
    #[allow(clippy::cast_precision_loss)] // a rate to print
    let creates_per_s = load.created as f64 / elapsed.as_secs_f64();
    println!(
        "{setup}: {} tickets created in {:.1} s ({creates_per_s:.0}/s, {CONCURRENCY} clients)",
        load.created,
        elapsed.as_secs_f64()
    );
    if let Some(failure) = &load.first_failure {
        println!(
            "{setup}: {} creates failed, the first: {failure}",
            load.failed
        );
    }
    let mut show = time_cli(replicas, &["show", "CS-1"], limits.runs);
    let mut list = time_cli(replicas, &["list"], limits.runs);
    show.sort();
    list.sort();
    Figures {
        setup,
        creates_per_s,
        show,
        list,
    }
}

/// `count` replicas of `tik serve` on a new database of `server`, sharing one key file.
fn replicas(server: &Postgres, name: &str, count: usize) -> Vec<Service> {
    let url = server.create_database(name);
    let key_file = server.path(&format!("{name}.key"));
    let args = [
        OsStr::new("--database"),
        OsStr::new(&url),
        OsStr::new("--secret-key-file"),
        key_file.as_os_str(),
    ];
    // One at a time: the first makes the schema and the admin, and prints the admin's token.
    let first = service::serve(&args, None);
    let mut replicas = vec![];
    for _ in 1..count {
        replicas.push(service::serve(&args, Some(&first.token)));
    }
    replicas.insert(0, first);
    replicas
}

fn print_table(figures: &[Figures]) {
    println!(
        "\n{:<14} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "setup", "creates/s", "show p50", "show p95", "list p50", "list p95"
    );
    for f in figures {
        println!(
            "{:<14} {:>10.0} {:>7.2} ms {:>7.2} ms {:>7.2} ms {:>7.2} ms",
            f.setup,
            f.creates_per_s,
            f.show(0.5),
            f.show(0.95),
            f.list(0.5),
            f.list(0.95),
        );
    }
    let ratio = |over: &Figures, under: &Figures| {
        println!(
            "{} / {}: creates/s {:.2}x, show p50 {:.2}x, list p50 {:.2}x",
            over.setup,
            under.setup,
            over.creates_per_s / under.creates_per_s,
            over.show(0.5) / under.show(0.5),
            over.list(0.5) / under.list(0.5),
        );
    };
    if let [sqlite, x1, x2] = figures {
        println!();
        ratio(x1, sqlite);
        ratio(x2, x1);
    }
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
    let mut next = |default| args.next().and_then(|a| a.parse().ok()).unwrap_or(default);
    let limits = Limits {
        creates: next(5_000),
        duration: Duration::from_secs(next(10).try_into().expect("seconds")),
        runs: next(50),
    };
    println!(
        "each setup: up to {} creates or {} s, then {} runs each of tik show CS-1 and tik list\n",
        limits.creates,
        limits.duration.as_secs(),
        limits.runs
    );
    let mut figures = vec![];
    {
        let sqlite = service::start();
        figures.push(measure("sqlite", &[&sqlite], &limits).await);
    }
    match postgres::installed() {
        None => println!(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): SQLite only"
        ),
        Some(bin) => {
            let server = Postgres::start(bin);
            // Each setup on a database of its own, stopped before the next starts.
            {
                let one = replicas(&server, "tik_x1", 1);
                figures.push(measure("postgres x1", &[&one[0]], &limits).await);
            }
            {
                let two = replicas(&server, "tik_x2", 2);
                figures.push(measure("postgres x2", &[&two[0], &two[1]], &limits).await);
            }
        }
    }
    print_table(&figures);
}
