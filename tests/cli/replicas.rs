//! Replicas: two `tik serve` on one PostgreSQL database, requests spread over them as a load
//! balancer would. Keys stay gapless, a dedupe key opens one ticket, a retry replays on either,
//! and a watcher on one follows what is written through the other. PostgreSQL only: SQLite is
//! one service a database file.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::{Replica, Running, Service, in_parallel, on_postgres};

/// How long a change may take to reach a watcher before the test fails instead of hanging.
const PUSHED: Duration = Duration::from_secs(30);

/// A service and a replica of it on one database, and their hosts; `None` on SQLite, where
/// the test has nothing to do.
fn two_replicas() -> Option<(Service, Replica, [String; 2])> {
    if !on_postgres() {
        return None;
    }
    let svc = Service::start();
    let replica = svc.replica();
    let hosts = [svc.host.clone(), replica.host.clone()];
    Some((svc, replica, hosts))
}

/// The number of a key, `CS-12` → 12.
fn number(key: &str) -> u64 {
    key.rsplit('-').next().and_then(|n| n.parse().ok()).expect("a key")
}

#[test]
fn thirty_two_creates_spread_over_two_replicas_take_keys_without_gap_or_duplicate() {
    let Some((svc, _replica, hosts)) = two_replicas() else {
        return;
    };
    let keys = Mutex::new(Vec::new());
    in_parallel(32, 32, |i| {
        let answer = svc
            .http("POST", "/v1/tickets")
            .to(&hosts[i % 2])
            .json(&json!({ "title": format!("build {i} failed") }))
            .send();
        assert_eq!(answer.status, 201, "{}", String::from_utf8_lossy(&answer.body));
        let key = answer.json()["key"].as_str().expect("a key").to_owned();
        keys.lock().unwrap().push(number(&key));
    });
    let mut keys = keys.into_inner().unwrap();
    keys.sort_unstable();
    assert_eq!(keys, (1..=32).collect::<Vec<u64>>());
}

#[test]
fn fifty_reports_of_one_failure_over_two_replicas_open_one_ticket() {
    let Some((svc, _replica, hosts)) = two_replicas() else {
        return;
    };
    let answers = Mutex::new(Vec::new());
    in_parallel(50, 50, |i| {
        let answer = svc
            .http("POST", "/v1/tickets")
            .to(&hosts[i % 2])
            .json(&json!({
                "title": "Nightly failed",
                "type": "incident",
                "dedupe_key": "nightly",
                "description": format!("job {i}"),
            }))
            .send();
        assert!(
            answer.status == 200 || answer.status == 201,
            "{}",
            String::from_utf8_lossy(&answer.body)
        );
        answers.lock().unwrap().push(answer.json());
    });
    let answers: Vec<Value> = answers.into_inner().unwrap();
    assert!(answers.iter().all(|a| a["key"] == "CS-1"), "one ticket");
    let opened = answers
        .iter()
        .filter(|a| a["deduplicated"] == false)
        .count();
    assert_eq!(opened, 1, "one report opened it");
    let ticket = svc.http("GET", "/v1/tickets/CS-1").send().json();
    assert_eq!(ticket["occurrences"], 50);
    // No key number was used up by the reports deduplicated.
    assert_eq!(svc.new_ticket("next"), "CS-2");
}

#[test]
fn a_retry_sent_to_the_other_replica_replays_the_first_answer() {
    let Some((svc, replica, _)) = two_replicas() else {
        return;
    };
    let create = |host: &str, title: &str| {
        svc.http("POST", "/v1/tickets")
            .to(host)
            .header("Idempotency-Key", "ci-run-7")
            .json(&json!({ "title": title }))
            .send()
    };
    let first = create(&svc.host, "Disk full");
    assert_eq!(first.status, 201);
    let retry = create(&replica.host, "Disk full");
    assert_eq!(retry.status, 201);
    assert_eq!(retry.json()["key"], first.json()["key"]);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    let other = create(&replica.host, "Another request");
    assert_eq!(other.status, 422, "the key was used for another request");
    assert_eq!(svc.new_ticket("next"), "CS-2", "the retry opened nothing");
}

/// `tik watch KEY --since 0 --format jsonl` on `svc`, once it printed the ticket's creation.
fn watching(svc: &Service, key: &str) -> Running {
    let mut watch = svc
        .tik(["watch", key, "--since", "0", "--format", "jsonl"])
        .spawn();
    watch.line_until(PUSHED, |line| line.contains("\"created\""));
    watch
}

/// Comments `body` on `key` through `host`.
fn comment(svc: &Service, host: &str, key: &str, body: &str) {
    let answer = svc
        .http("POST", &format!("/v1/tickets/{key}/comments"))
        .to(host)
        .json(&json!({ "body": body }))
        .send();
    assert_eq!(answer.status, 201, "{}", String::from_utf8_lossy(&answer.body));
}

/// Reads the watch's lines until it printed every comment of `bodies`, then stops it; the
/// events it printed, the creation first.
fn every_comment(mut watch: Running, bodies: &[String]) -> Vec<Value> {
    let mut seen = 0;
    while seen < bodies.len() {
        let line = watch.line_until(PUSHED, |line| line.contains("\"commented\""));
        assert!(line.contains("\"commented\""));
        seen += 1;
    }
    watch.signal("-TERM");
    let run = watch.wait_within(PUSHED);
    run.stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// Every comment in `bodies` exactly once, in `seq` order, after the creation: none lost, none
/// twice, whatever the replica that took it.
fn assert_each_once_in_order(events: &[Value], bodies: &[String]) {
    let seqs: Vec<u64> = events.iter().map(|e| e["seq"].as_u64().expect("a seq")).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "in seq order: {seqs:?}");
    let mut excerpts: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "commented")
        .map(|e| e["comment"]["excerpt"].as_str().expect("an excerpt"))
        .collect();
    excerpts.sort_unstable();
    let mut sent: Vec<&str> = bodies.iter().map(String::as_str).collect();
    sent.sort_unstable();
    assert_eq!(excerpts, sent);
}

#[test]
fn a_watcher_on_one_replica_sees_every_comment_posted_through_the_other() {
    let Some((svc, replica, _)) = two_replicas() else {
        return;
    };
    let key = svc.new_ticket("VPN drops every hour");
    let watch = watching(&svc, &key);
    let bodies: Vec<String> = (0..32).map(|i| format!("writer {i}")).collect();
    in_parallel(32, 32, |i| comment(&svc, &replica.host, &key, &bodies[i]));
    let events = every_comment(watch, &bodies);
    assert_each_once_in_order(&events, &bodies);
}

#[test]
fn a_feed_whose_listener_connection_is_killed_catches_up_and_loses_nothing() {
    let Some((svc, replica, _)) = two_replicas() else {
        return;
    };
    let key = svc.new_ticket("VPN drops every hour");
    let watch = watching(&svc, &key);
    let bodies: Vec<String> = (0..64).map(|i| format!("writer {i}")).collect();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            in_parallel(64, 16, |i| comment(&svc, &replica.host, &key, &bodies[i]));
        });
        // Mid-stream: every replica's listener loses its connection, as a database failover
        // or an operator's pg_terminate_backend would do.
        std::thread::sleep(Duration::from_millis(50));
        svc.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE application_name = 'tik serve feed'",
        );
    });
    let events = every_comment(watch, &bodies);
    assert_each_once_in_order(&events, &bodies);
}
