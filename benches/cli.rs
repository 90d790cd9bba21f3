//! End-to-end timings of the CLI against a real `tik serve` holding 10,000 tickets.
//!
//! Run on demand: `cargo bench --bench cli` (optionally `-- TICKETS RUNS`). It prints the
//! median and 95th percentile wall time of whole `tik show` and `tik list` processes, and of
//! the same requests made in-process (to tell process start-up from the service's answer).
//! Figures, not assertions: shared machines are noisy.

#[path = "support/service.rs"]
mod service;
#[path = "support/timing.rs"]
mod timing;

use std::time::{Duration, Instant};

use service::{CONCURRENCY, Service, start};
use timing::{quantile_ms, time_cli};

/// Fills the service with tickets of every type and every priority of its own scale, in turn.
async fn seed(service: &Service, tickets: usize) -> Duration {
    let catalogue: serde_json::Value = reqwest::Client::new()
        .get(format!("{}/v1/catalogue", service.host))
        .bearer_auth(&service.token)
        .send()
        .await
        .expect("the service answers")
        .json()
        .await
        .expect("a catalogue");
    let priorities: Vec<String> = catalogue["priorities"]
        .as_array()
        .expect("priorities")
        .iter()
        .map(|p| p["name"].as_str().expect("a name").to_owned())
        .collect();
    service::seed(service, tickets, |i| {
        serde_json::json!({
            "title": format!("Ticket {i}: the build agent's disk is full"),
            "description": "Seen on every nightly build since Monday.\n".repeat(5),
            "type": if i % 3 == 0 { "incident" } else { "question" },
            "priority": &priorities[i % priorities.len()],
        })
    })
    .await
}

/// A thread worth showing: comments on the ticket `tik show` reads.
async fn thread(service: &Service, key: &str, comments: usize) {
    let http = reqwest::Client::new();
    for i in 0..comments {
        let body =
            serde_json::json!({ "body": format!("Comment {i}: still failing after the retry.") });
        let response = http
            .post(format!("{}/v1/tickets/{key}/comments", service.host))
            .bearer_auth(&service.token)
            .json(&body)
            .send()
            .await
            .expect("the service answers");
        assert!(response.status().is_success());
    }
}

async fn time_http(service: &Service, path: &str, runs: usize) -> Vec<Duration> {
    let http = reqwest::Client::new();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let response = http
            .get(format!("{}{path}", service.host))
            .bearer_auth(&service.token)
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
        response.bytes().await.unwrap();
        times.push(started.elapsed());
    }
    times
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |q| quantile_ms(&times, q);
    println!(
        "{name:<44} median {:>7.2} ms   p95 {:>7.2} ms   min {:>7.2} ms",
        at(0.5),
        at(0.95),
        at(0.0)
    );
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
    let tickets: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let service = start();
    let seeded = seed(&service, tickets).await;
    #[allow(clippy::cast_precision_loss)] // a rate to print
    let rate = tickets as f64 / seeded.as_secs_f64();
    println!(
        "seeded {tickets} tickets in {:.1} s ({rate:.0} creates/s, {CONCURRENCY} at a time)",
        seeded.as_secs_f64(),
    );
    let key = format!("CS-{}", tickets / 2);
    thread(&service, &key, 20).await;
    println!("{runs} runs each; {key} has 20 comments\n");
    report(
        &format!("tik show {key}"),
        time_cli(&[&service], &["show", &key], runs),
    );
    report(
        &format!("tik show {key} --json"),
        time_cli(&[&service], &["show", &key, "--json"], runs),
    );
    report(
        "tik list (30 open tickets)",
        time_cli(&[&service], &["list"], runs),
    );
    report(
        "tik list --limit 100 --priority critical",
        time_cli(
            &[&service],
            &["list", "--limit", "100", "--priority", "critical"],
            runs,
        ),
    );
    report(
        "tik list --status all --limit 1000",
        time_cli(
            &[&service],
            &["list", "--status", "all", "--limit", "1000"],
            runs.min(20),
        ),
    );
    report(
        &format!("GET /v1/tickets/{key} (in-process)"),
        time_http(&service, &format!("/v1/tickets/{key}"), runs).await,
    );
    report(
        "GET /v1/tickets?limit=30 (in-process)",
        time_http(&service, "/v1/tickets?limit=30", runs).await,
    );
}
