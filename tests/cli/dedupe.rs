//! `tik new --dedupe-key`: one ticket a failure while it is open, every later report an
//! occurrence on it; `tik list --dedupe-key`; the scope a key is shared in; refused keys.

use serde_json::{Value, json};

use crate::harness::{Run, Service, Tik, keys, sha256_hex};

/// `tik new --type incident --dedupe-key KEY -t "Nightly failed" ARGS` as the holder of
/// `token`, to run.
fn reporting(svc: &Service, token: &str, key: &str, args: &[&str]) -> Tik {
    svc.tik([
        "new",
        "--type",
        "incident",
        "--dedupe-key",
        key,
        "-t",
        "Nightly failed",
    ])
    .args(args)
    .token(token)
}

fn report(svc: &Service, token: &str, key: &str, args: &[&str]) -> Run {
    reporting(svc, token, key, args).run()
}

fn show(svc: &Service, token: &str, key: &str) -> Value {
    svc.tik(["show", key, "--json"])
        .token(token)
        .run()
        .success()
        .json()
}

fn listed(svc: &Service, token: &str, dedupe_key: &str, status: &str) -> Vec<String> {
    keys(
        &svc.tik([
            "list",
            "--dedupe-key",
            dedupe_key,
            "--status",
            status,
            "--json",
        ])
        .token(token)
        .run()
        .success()
        .json(),
    )
}

#[test]
fn a_second_report_while_open_records_an_occurrence_on_the_same_ticket() {
    let svc = Service::start();
    let ann = svc.add_member("ann", "Acme");
    let first = report(&svc, &ann, "ci:nightly", &["-b", "step 3 failed", "--json"])
        .success()
        .json();
    assert_eq!(first["key"], "CS-1");
    assert_eq!(first["deduplicated"], false);
    assert_eq!(first["occurrences"], 1);
    assert_eq!(first["dedupe_key"], "ci:nightly");
    assert_eq!(first["first_seen_at"], first["created_at"]);
    assert_eq!(first["last_seen_at"], first["created_at"]);

    // -q prints the key, as a create does.
    let quiet = report(&svc, &ann, "ci:nightly", &["-q", "-b", "step 3 again"]).success();
    assert_eq!(quiet.stdout, "CS-1\n");

    let log = svc.write_file("build.log", "error: linker failed\n");
    let third = reporting(
        &svc,
        &ann,
        "ci:nightly",
        &["--json", "-b", "now with the log", "-a"],
    )
    .arg(&log)
    .run()
    .success()
    .json();
    assert_eq!(third["key"], "CS-1");
    assert_eq!(third["deduplicated"], true);
    assert_eq!(third["occurrences"], 3);
    assert_eq!(third["first_seen_at"], first["created_at"]);
    assert_ne!(third["last_seen_at"], first["created_at"]);
    assert_eq!(third["title"], "Nightly failed");
    assert_eq!(
        third["description"], "step 3 failed",
        "the report's text is a comment"
    );

    let human = report(&svc, &ann, "ci:nightly", &[]).success();
    assert_eq!(
        human.stdout,
        "Recorded occurrence 4 of CS-1 (deduplicated: CS-1 is still open)\n"
    );

    let t = show(&svc, &ann, "CS-1");
    assert_eq!(t["occurrences"], 4);
    let comments = t["comments"].as_array().unwrap();
    let seen: Vec<(&Value, &Value, &Value, &Value)> = comments
        .iter()
        .map(|c| (&c["occurrence"], &c["body"], &c["author"], &c["internal"]))
        .collect();
    assert_eq!(
        seen,
        [
            (
                &json!(2),
                &json!("step 3 again"),
                &json!("ann"),
                &json!(false)
            ),
            (
                &json!(3),
                &json!("now with the log"),
                &json!("ann"),
                &json!(false)
            ),
            (&json!(4), &json!(""), &json!("ann"), &json!(false)),
        ]
    );
    let attachment = &t["attachments"][0];
    assert_eq!(attachment["name"], "build.log");
    assert_eq!(attachment["sha256"], sha256_hex(b"error: linker failed\n"));
    assert_eq!(attachment["comment_id"], comments[1]["id"]);
    assert_eq!(comments[1]["attachments"], json!([attachment["id"]]));
    assert_eq!(
        t["attachments"].as_array().unwrap().len(),
        1,
        "only the report that sent a file attached one"
    );

    // The history tells each occurrence.
    let history = svc
        .tik(["show", "CS-1", "--history", "--json"])
        .token(&ann)
        .run()
        .success()
        .json();
    let occurred: Vec<&Value> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "occurred")
        .collect();
    assert_eq!(occurred.len(), 3);
    assert_eq!(occurred[2]["comment"], comments[2]["id"]);
    assert_eq!(
        occurred[2]["changes"],
        json!([{ "field": "occurrences", "from": "3", "to": "4" }])
    );
    assert_eq!(listed(&svc, &ann, "ci:nightly", "all"), ["CS-1"]);
}

#[test]
fn an_occurrence_with_a_file_over_the_limit_records_nothing() {
    let svc = Service::start_with(&["--max-attachment-size", "100"]);
    report(&svc, &svc.token, "k", &["-q"]).success();
    let big = svc.write_file("core.txt", vec![b'c'; 101]);
    let err = svc
        .tik(["new", "--dedupe-key", "k", "-t", "Nightly failed", "-a"])
        .arg(&big)
        .run()
        .fails(2);
    assert!(err.contains("core.txt"), "{err}");
    // The service too takes an occurrence whole or not at all.
    let refused = svc
        .http("POST", "/v1/tickets")
        .json(&json!({ "title": "t", "description": "x", "dedupe_key": "k", "attachments": ["nope"] }))
        .send()
        .problem(422);
    assert!(
        refused["detail"].as_str().unwrap().contains("nope"),
        "{refused:#}"
    );
    let t = show(&svc, &svc.token, "CS-1");
    assert_eq!(t["occurrences"], 1);
    assert_eq!(t["comments"], json!([]));
}

#[test]
fn once_the_ticket_is_resolved_or_closed_the_next_report_opens_a_new_one() {
    let svc = Service::start();
    let token = svc.token.clone();
    assert_eq!(
        report(&svc, &token, "k", &["-q"]).success().stdout,
        "CS-1\n"
    );
    svc.tik(["close", "CS-1"]).run().success();
    let fresh = report(&svc, &token, "k", &["--json"]).success().json();
    assert_eq!(
        (&fresh["key"], &fresh["deduplicated"], &fresh["occurrences"]),
        (&json!("CS-2"), &json!(false), &json!(1))
    );
    report(&svc, &token, "k", &["-q"]).success();
    svc.tik(["status", "CS-2", "resolved"]).run().success();
    assert_eq!(
        report(&svc, &token, "k", &["-q"]).success().stdout,
        "CS-3\n"
    );

    assert_eq!(listed(&svc, &token, "k", "open"), ["CS-3"]);
    assert_eq!(listed(&svc, &token, "k", "all"), ["CS-3", "CS-2", "CS-1"]);
    assert_eq!(listed(&svc, &token, "other", "all"), Vec::<String>::new());
    let list = svc
        .tik(["list", "--dedupe-key", "k", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(list[1]["occurrences"], 2);
    assert_eq!(list[1]["dedupe_key"], "k");

    // Reopened while CS-3 holds the key, CS-2 gives it up: the reports keep going to CS-3.
    let reopened = svc.tik(["reopen", "CS-2", "--json"]).run().success().json();
    assert_eq!(reopened.get("dedupe_key"), None, "{reopened:#}");
    assert_eq!(
        report(&svc, &token, "k", &["-q"]).success().stdout,
        "CS-3\n"
    );
    assert_eq!(listed(&svc, &token, "k", "open"), ["CS-3"]);
}

/// Fifty jobs failing at once report one failure: one ticket, opened by one of them, and
/// fifty occurrences, the opening and 49 occurrence comments.
#[test]
fn fifty_reports_at_once_open_exactly_one_ticket() {
    let svc = Service::start();
    let runs: Vec<_> = (0..50)
        .map(|i| {
            svc.tik([
                "new",
                "--type",
                "incident",
                "--dedupe-key",
                "same",
                "-t",
                "Nightly failed",
                "--json",
            ])
            .args(["-b", &format!("job {i}")])
            .spawn()
        })
        .collect();
    let answers: Vec<Value> = runs
        .into_iter()
        .map(|running| running.wait().success().json())
        .collect();
    assert!(answers.iter().all(|a| a["key"] == "CS-1"), "one ticket");
    let opened = answers
        .iter()
        .filter(|a| a["deduplicated"] == false)
        .count();
    assert_eq!(
        opened, 1,
        "one report opened it, the others were deduplicated"
    );

    assert_eq!(listed(&svc, &svc.token, "same", "all"), ["CS-1"]);
    let t = show(&svc, &svc.token, "CS-1");
    assert_eq!(t["occurrences"], 50);
    let mut numbers: Vec<u64> = t["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["occurrence"].as_u64().expect("an occurrence comment"))
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (2..=50).collect::<Vec<u64>>());
    let mut bodies: Vec<&str> = t["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["body"].as_str().unwrap())
        .chain([t["description"].as_str().unwrap()])
        .collect();
    bodies.sort_unstable();
    let mut sent: Vec<String> = (0..50).map(|i| format!("job {i}")).collect();
    sent.sort_unstable();
    assert_eq!(bodies, sent, "every report's text is kept once");
    // No key number was used up by the reports deduplicated.
    assert_eq!(svc.new_ticket("next"), "CS-2");
}

#[test]
fn empty_over_long_and_control_character_keys_are_refused_naming_the_flag() {
    let svc = Service::start();
    let long = "k".repeat(201);
    for key in ["", " ", "line\nbreak", "esc\u{1b}[31m", long.as_str()] {
        let err = report(&svc, &svc.token, key, &[]).fails(2);
        assert!(err.contains("--dedupe-key"), "{key:?}: {err}");
    }
    let err = svc.tik(["list", "--dedupe-key", ""]).run().fails(2);
    assert!(err.contains("--dedupe-key"), "{err}");
    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(all, json!([]), "no ticket was opened");
    assert_eq!(
        report(&svc, &svc.token, &"é".repeat(200), &["-q"])
            .success()
            .stdout,
        "CS-1\n",
        "200 characters is the limit, not 200 bytes"
    );
}

#[test]
fn the_key_may_come_from_tik_dedupe_key() {
    let svc = Service::start();
    let new = || {
        svc.tik(["new", "-t", "Nightly failed", "-q"])
            .env("TIK_DEDUPE_KEY", "from-env")
            .run()
            .success()
            .stdout
    };
    assert_eq!((new(), new()), ("CS-1\n".into(), "CS-1\n".into()));
    assert_eq!(listed(&svc, &svc.token, "from-env", "open"), ["CS-1"]);
    // Set but empty, it is a mistake to say, not a ticket opened without a key.
    let err = svc
        .tik(["new", "-t", "Nightly failed", "-q"])
        .env("TIK_DEDUPE_KEY", "")
        .run()
        .fails(2);
    assert!(err.contains("TIK_DEDUPE_KEY"), "{err}");
}

/// A key is shared in an organisation for the tickets it sees, and by a requester alone for
/// their private ones: nobody's report lands on a ticket they cannot see, nor tells them of
/// one.
#[test]
fn a_key_touches_only_tickets_the_reporter_may_see() {
    let svc = Service::start();
    let ann = svc.add_member("ann", "Acme");
    let bob = svc.add_member("bob", "Acme");
    let eve = svc.add_member("eve", "Globex");

    assert_eq!(report(&svc, &ann, "k", &["-q"]).success().stdout, "CS-1\n");
    let other = report(&svc, &eve, "k", &["--json"]).success().json();
    assert_eq!(
        (&other["key"], &other["deduplicated"], &other["occurrences"]),
        (&json!("CS-2"), &json!(false), &json!(1)),
        "another organisation's key is its own"
    );
    assert_eq!(listed(&svc, &eve, "k", "all"), ["CS-2"]);
    assert_eq!(listed(&svc, &ann, "k", "all"), ["CS-1"]);
    let untouched = show(&svc, &ann, "CS-1");
    assert_eq!(untouched["occurrences"], 1);
    assert_eq!(untouched["comments"], json!([]));

    // A colleague reports onto the organisation's ticket…
    let colleague = report(&svc, &bob, "k", &["--json"]).success().json();
    assert_eq!(
        (&colleague["key"], &colleague["occurrences"]),
        (&json!("CS-1"), &json!(2))
    );
    // …but never onto a private one, which shares its key with its requester alone.
    let private = ["--visibility", "private", "-q"];
    assert_eq!(report(&svc, &ann, "p", &private).success().stdout, "CS-3\n");
    assert_eq!(report(&svc, &bob, "p", &["-q"]).success().stdout, "CS-4\n");
    assert_eq!(report(&svc, &ann, "p", &private).success().stdout, "CS-3\n");
    assert_eq!(show(&svc, &ann, "CS-3")["occurrences"], 2);
    assert_eq!(show(&svc, &bob, "CS-4")["occurrences"], 1);
    assert_eq!(listed(&svc, &bob, "p", "all"), ["CS-4"]);

    // Made visible to Acme, where CS-4 holds the key, CS-3 gives it up.
    let shared = svc
        .tik(["edit", "CS-3", "--visibility", "organisation", "--json"])
        .token(&ann)
        .run()
        .success()
        .json();
    assert_eq!(shared.get("dedupe_key"), None, "{shared:#}");
    assert_eq!(report(&svc, &ann, "p", &["-q"]).success().stdout, "CS-4\n");
}

/// A retry of the same request (its Idempotency-Key) replays the first answer: no second
/// occurrence.
#[test]
fn an_idempotent_retry_replays_rather_than_adding_an_occurrence() {
    let svc = Service::start();
    let post = |idempotency_key: &str| {
        svc.http("POST", "/v1/tickets")
            .header("Idempotency-Key", idempotency_key)
            .json(&json!({ "title": "Nightly failed", "description": "again", "dedupe_key": "k" }))
            .send()
    };
    let created = post("retry-1");
    assert_eq!(created.status, 201);
    assert_eq!(created.json()["deduplicated"], false);
    let replayed = post("retry-1");
    assert_eq!(replayed.status, 201);
    assert_eq!(replayed.body, created.body);

    let occurred = post("retry-2");
    assert_eq!(
        occurred.status,
        200,
        "{}",
        String::from_utf8_lossy(&occurred.body)
    );
    assert_eq!(occurred.header("location"), Some("/v1/tickets/CS-1"));
    let answer = occurred.json();
    assert_eq!(
        (&answer["deduplicated"], &answer["occurrences"]),
        (&json!(true), &json!(2))
    );
    let retried = post("retry-2");
    assert_eq!(retried.status, 200);
    assert_eq!(retried.body, occurred.body);

    let t = show(&svc, &svc.token, "CS-1");
    assert_eq!(t["occurrences"], 2);
    assert_eq!(t["comments"].as_array().unwrap().len(), 1);
}

#[test]
fn show_prints_the_key_and_its_occurrences_and_labels_the_occurrence_comments() {
    let svc = Service::start();
    report(
        &svc,
        &svc.token,
        "ci:nightly",
        &["-q", "-b", "step 3 failed"],
    )
    .success();
    report(
        &svc,
        &svc.token,
        "ci:nightly",
        &["-q", "-b", "step 3 again"],
    )
    .success();
    let run = svc.tik(["show", "CS-1", "--history"]).run().success();
    crate::harness::assert_human_snapshot!(run.stdout);
}
