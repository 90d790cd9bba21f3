//! `tik watch`: the live stream of ticket events, followed by the real command against the
//! real service: in order, across tickets, through a service killed and started again (no
//! event lost or repeated, as the database tells), and `--until`'s exit status. And
//! `tik list --watch`, redrawing its table in a real pseudo-terminal.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{Running, Service, Tik};

/// How long a line the service pushes may take to be printed; generous, for a loaded
/// machine, and never reached when things work.
const PUSHED: Duration = Duration::from_secs(30);

/// `tik watch ARGS --since 0 --format jsonl`, once it printed its first line: the stream is
/// open from then on, so every change made after that is live.
fn watching(svc: &Service, args: &[&str]) -> Running {
    let mut watch = svc
        .tik(["watch"])
        .args(args)
        .args(["--since", "0", "--format", "jsonl"])
        .spawn();
    watch.line_until(PUSHED, |_| true);
    watch
}

/// The events a run printed as JSON lines.
fn events(run_stdout: &str) -> Vec<Value> {
    run_stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn seqs(events: &[Value]) -> Vec<u64> {
    events
        .iter()
        .map(|e| e["seq"].as_u64().expect("a seq"))
        .collect()
}

/// The `seq` of every event of these tickets, straight from the service's database: what a
/// stream must report, whichever numbers the backend gives (gapless on SQLite, not on
/// PostgreSQL).
fn stored_seqs(svc: &Service, keys: &[&str]) -> Vec<u64> {
    // Keys are `PREFIX-N`: nothing to quote.
    let keys = keys
        .iter()
        .map(|key| format!("'{key}'"))
        .collect::<Vec<_>>()
        .join(",");
    svc.sql(&format!(
        "SELECT e.seq FROM events e JOIN tickets t ON t.id = e.ticket_id \
         WHERE t.key IN ({keys}) ORDER BY e.seq"
    ))
    .iter()
    .map(|row| row[0].as_deref().expect("a seq").parse().expect("a number"))
    .collect()
}

/// Ends a watch that would go on (SIGTERM) and returns what it printed.
fn stop(watch: Running) -> crate::harness::Run {
    watch.signal("-TERM");
    watch.wait_within(PUSHED)
}

/// A comment on `key` over HTTP, as fast as the service takes it.
fn comment(svc: &Service, key: &str, body: &str) {
    let answer = svc
        .http("POST", &format!("/v1/tickets/{key}/comments"))
        .json(&json!({ "body": body }))
        .send();
    assert_eq!(
        answer.status,
        201,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
}

#[test]
fn each_change_of_a_ticket_is_pushed_in_order_as_a_json_line() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    let key = svc.new_ticket("Disk full on build agent");
    let mut watch = watching(&svc, &[&key]);
    svc.tik(["comment", &key, "-b", "Cleared 40 GB"])
        .run()
        .success();
    let df = svc.write_file("df.txt", "Filesystem 100% /var\n");
    svc.tik(["attach", &key]).arg(&df).run().success();
    svc.tik(["assign", &key, "alice"]).run().success();
    svc.tik(["status", &key, "resolved", "--resolution", "fixed"])
        .run()
        .success();
    watch.line_until(PUSHED, |line| line.contains("\"resolved\""));
    let run = stop(watch);

    let printed = events(&run.stdout);
    let kinds: Vec<&str> = printed
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "created",
            "commented",
            "attached",
            "assigned",
            "status-changed"
        ],
        "{}",
        run.stdout
    );
    assert_eq!(seqs(&printed), stored_seqs(&svc, &[&key]));
    assert!(printed.iter().all(|e| e["ticket"] == key.as_str()));
    assert_eq!(printed[1]["comment"]["excerpt"], "Cleared 40 GB");
    assert_eq!(printed[2]["attachments"][0]["name"], "df.txt");
    assert_eq!(printed[2]["attachments"][0]["size"], 21);
    let resolved = &printed[4];
    assert_eq!(
        (&resolved["status"], &resolved["resolution"]),
        (&json!("resolved"), &json!("fixed"))
    );
    assert!(
        run.stderr.is_empty(),
        "nothing on a stderr that is no terminal: {}",
        run.stderr
    );
}

#[test]
fn several_tickets_are_followed_together_and_others_left_out() {
    let svc = Service::start();
    let one = svc.new_ticket("One");
    let two = svc.new_ticket("Two");
    let other = svc.new_ticket("Not watched");
    let mut watch = watching(&svc, &[&one, &two]);
    for round in 0..3 {
        comment(&svc, &one, &format!("one {round}"));
        comment(&svc, &other, &format!("other {round}"));
        comment(&svc, &two, &format!("two {round}"));
    }
    watch.line_until(PUSHED, |line| line.contains("two 2"));
    let run = stop(watch);

    let printed = events(&run.stdout);
    assert_eq!(
        seqs(&printed),
        stored_seqs(&svc, &[&one, &two]),
        "{}",
        run.stdout
    );
    assert!(
        printed.iter().all(|e| e["ticket"] != other.as_str()),
        "{}",
        run.stdout
    );
}

#[test]
fn a_line_for_people_says_who_did_what() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    let key = svc.new_ticket("Checkout fails");
    let mut watch = svc.tik(["watch", &key, "--since", "0"]).spawn();
    watch.line_until(PUSHED, |line| line.contains("created"));
    svc.tik(["comment", &key, "-b", "Which payment\nprovider do you use?"])
        .run()
        .success();
    let df = svc.write_file("df.txt", vec![b'x'; 1536]);
    svc.tik(["attach", &key]).arg(&df).run().success();
    svc.tik(["assign", &key, "alice"]).run().success();
    svc.tik(["escalate", &key, "--reason", "Every order is lost"])
        .run()
        .success();
    svc.tik([
        "escalation",
        "stage",
        "CP-1",
        "engineering",
        "--eta",
        "2099-12-15",
    ])
    .run()
    .success();
    svc.tik(["close", &key, "--resolution", "wont-fix"])
        .run()
        .success();
    watch.line_until(PUSHED, |line| line.contains("→ closed"));
    let run = stop(watch);

    let what: Vec<&str> = run
        .stdout
        .lines()
        .map(|line| {
            let (at, rest) = line.split_once("  ").expect("a time first");
            chrono::DateTime::parse_from_rfc3339(at).expect("an exact time in a pipe");
            rest
        })
        .collect();
    assert!(
        what[0].starts_with(&format!("{key}  admin  created")),
        "{}",
        run.stdout
    );
    let expected = [
        format!("{key}  admin  commented: \"Which payment provider do you use?\""),
        format!("{key}  admin  attached df.txt (1.5 KiB)"),
        format!("{key}  admin  assigned to alice, status new → assigned"),
    ];
    assert_eq!(what[1..4], expected, "{}", run.stdout);
    assert!(
        what[4].starts_with(&format!("{key}  admin  escalated as CP-1 (submitted)")),
        "{}",
        run.stdout
    );
    assert!(
        what[5].starts_with(&format!(
            "{key}  admin  escalation CP-1 → engineering, ETA 2099-12-1"
        )),
        "{}",
        run.stdout
    );
    assert!(
        what.iter().any(|line| line.contains("→ closed (wont-fix)")),
        "{}",
        run.stdout
    );
}

#[test]
fn jq_filters_each_event() {
    let svc = Service::start();
    let key = svc.new_ticket("x");
    comment(&svc, &key, "first");
    let mut watch = svc
        .tik(["watch", &key, "--since", "0", "--jq", ".kind"])
        .spawn();
    assert_eq!(watch.line_until(PUSHED, |_| true), "created");
    assert_eq!(watch.line_until(PUSHED, |_| true), "commented");
    comment(&svc, &key, "second");
    assert_eq!(watch.line_until(PUSHED, |_| true), "commented");
    stop(watch);
}

#[test]
fn since_replays_from_a_seq_or_a_span_of_time_then_goes_on_live() {
    let svc = Service::start();
    let key = svc.new_ticket("x");
    for n in 0..3 {
        comment(&svc, &key, &format!("past {n}"));
    }
    let stored = stored_seqs(&svc, &[&key]);
    assert_eq!(stored.len(), 4);

    let after = stored[1].to_string();
    let mut watch = svc
        .tik(["watch", &key, "--format", "jsonl", "--since", &after])
        .spawn();
    watch.line_until(PUSHED, |line| line.contains("past 2"));
    comment(&svc, &key, "live");
    watch.line_until(PUSHED, |line| line.contains("live"));
    let run = stop(watch);
    let all = stored_seqs(&svc, &[&key]);
    assert_eq!(seqs(&events(&run.stdout)), all[2..], "{}", run.stdout);

    let mut watch = svc
        .tik(["watch", &key, "--format", "jsonl", "--since", "1h"])
        .spawn();
    watch.line_until(PUSHED, |line| line.contains("live"));
    let run = stop(watch);
    assert_eq!(seqs(&events(&run.stdout)), all, "{}", run.stdout);
}

#[test]
fn until_resolved_exits_0_when_every_ticket_is_resolved_or_closed_as_fixed() {
    let svc = Service::start();
    let one = svc.new_ticket("One");
    let two = svc.new_ticket("Two");
    let watch = watching(&svc, &[&one, &two, "--until", "resolved"]);
    svc.tik(["status", &one, "resolved", "--resolution", "fixed"])
        .run()
        .success();
    svc.tik(["close", &two]).run().success();
    let run = watch.wait_within(PUSHED).success();
    assert!(run.stdout.contains("\"closed\""), "{}", run.stdout);
}

#[test]
fn until_exits_6_when_a_ticket_is_closed_otherwise_than_fixed() {
    let svc = Service::start();
    let one = svc.new_ticket("One");
    let two = svc.new_ticket("Two");
    let watch = watching(&svc, &[&one, &two, "--until", "closed"]);
    svc.tik(["close", &one, "--resolution", "wont-fix"])
        .run()
        .success();
    svc.tik([
        "close",
        &two,
        "--resolution",
        "duplicate",
        "--duplicate-of",
        &one,
    ])
    .run()
    .success();
    let run = watch.wait_within(PUSHED).code(6);
    assert_eq!(
        run.stderr.trim_end(),
        format!("tik: {one} was closed as wont-fix; {two} was closed as duplicate, not fixed")
    );
}

#[test]
fn until_judges_the_tickets_from_where_they_stand_not_from_their_past() {
    let svc = Service::start();
    let key = svc.new_ticket("Flaky");
    // Resolved once, and reopened: the old resolution is replayed, and ends nothing.
    svc.tik(["status", &key, "resolved", "--resolution", "fixed"])
        .run()
        .success();
    svc.tik(["reopen", &key]).run().success();
    let past = stored_seqs(&svc, &[&key]).len();
    let mut watch = watching(&svc, &[&key, "--until", "resolved"]);
    for _ in 1..past {
        watch.line_until(PUSHED, |_| true);
    }
    assert!(watch.next_line(Duration::from_secs(2)).is_none());
    assert!(watch.running(), "a replayed resolution ended the wait");
    svc.tik(["status", &key, "resolved", "--resolution", "fixed"])
        .run()
        .success();
    watch.wait_within(PUSHED).success();

    // Already there when it starts: done at once.
    let closed = svc.new_ticket("Done");
    svc.tik(["close", &closed]).run().success();
    svc.tik(["watch", &closed, "--until", "closed"])
        .spawn()
        .wait_within(PUSHED)
        .success();
    svc.tik(["close", &key, "--resolution", "not-a-bug"])
        .run()
        .success();
    let said = svc
        .tik(["watch", &key, "--until", "resolved"])
        .spawn()
        .wait_within(PUSHED)
        .fails(6);
    assert_eq!(
        said,
        format!("tik: {key} was closed as not-a-bug, not fixed")
    );
}

#[test]
fn a_service_killed_and_restarted_mid_stream_loses_and_repeats_nothing() {
    let mut svc = Service::start();
    let one = svc.new_ticket("One");
    let two = svc.new_ticket("Two");
    let mut watch = watching(&svc, &[&one, &two, "--timeout", "30"]);
    // A burst, and the service killed as it ends: some of it is stored and not yet pushed.
    for n in 0..20 {
        comment(
            &svc,
            if n % 2 == 0 { &one } else { &two },
            &format!("before {n}"),
        );
    }
    svc.kill();
    std::thread::sleep(Duration::from_millis(500));
    svc.start_again();
    for n in 0..20 {
        comment(
            &svc,
            if n % 2 == 0 { &one } else { &two },
            &format!("after {n}"),
        );
    }
    let stored = stored_seqs(&svc, &[&one, &two]);
    let last = format!("\"seq\":{},", stored.last().unwrap());
    watch.line_until(PUSHED, |line| line.contains(&last));
    let run = stop(watch);
    assert_eq!(seqs(&events(&run.stdout)), stored, "{}", run.stdout);
    assert!(
        !run.stderr.contains("reconnect"),
        "notices are for a terminal: {}",
        run.stderr
    );
}

#[test]
fn a_terminal_is_told_of_a_lost_connection_and_of_its_return() {
    let mut svc = Service::start();
    let key = svc.new_ticket("x");
    let mut session = svc
        .tik(["watch", &key, "--since", "0", "--timeout", "30"])
        .in_terminal();
    session.exp_string("created").expect("the stream is open");
    svc.kill();
    session
        // The session reads a byte a char: `…` would not match as written.
        .exp_string("tik: connection lost; reconnecting")
        .expect("the loss is said");
    svc.start_again();
    session
        .exp_string("tik: reconnected")
        .expect("the return is said");
    comment(&svc, &key, "after the restart");
    session
        .exp_string("after the restart")
        .expect("the stream goes on");
}

#[test]
fn a_service_that_stays_down_exits_5_after_the_timeout() {
    let mut svc = Service::start();
    let key = svc.new_ticket("x");
    let watch = watching(&svc, &[&key, "--until", "resolved", "--timeout", "3"]);
    // Timed from before the kill: the watcher may notice the loss before `kill` returns.
    let lost = Instant::now();
    svc.kill();
    let run = watch.wait_within(PUSHED);
    let waited = lost.elapsed();
    let said = run.stderr.trim_end();
    assert_eq!(run.code, Some(5), "{said}");
    assert!(
        said.starts_with("tik: lost the stream of events, and could not reconnect: gave up after"),
        "{said}"
    );
    assert!(
        (Duration::from_secs(2)..Duration::from_secs(15)).contains(&waited),
        "gave up after {waited:?}"
    );
}

#[test]
fn a_refusal_on_reconnecting_is_final() {
    let mut svc = Service::start();
    let bob = svc.add_user("bob", "agent");
    let key = svc.new_ticket("x");
    let mut watch = svc
        .tik([
            "watch",
            &key,
            "--since",
            "0",
            "--format",
            "jsonl",
            "--timeout",
            "30",
        ])
        .token(&bob)
        .spawn();
    watch.line_until(PUSHED, |_| true);
    let tokens = svc
        .admin(["token", "list", "--json"])
        .run()
        .success()
        .json();
    let id = tokens
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["user"] == "bob")
        .map(|t| t["id"].to_string())
        .expect("bob's token");
    svc.admin(["token", "revoke", &id]).run().success();
    svc.restart_on_the_same_port();
    let run = watch.wait_within(PUSHED);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
}

#[test]
fn a_ticket_you_may_not_see_exits_4() {
    let svc = Service::start();
    let bob = svc.add_member("bob", "Acme");
    let key = svc.new_ticket("The admin's own");
    let said = svc
        .tik(["watch", &key])
        .token(&bob)
        .spawn()
        .wait_within(PUSHED)
        .fails(4);
    assert!(said.contains(&key), "{said}");
    svc.tik(["watch", "CS-404", &key])
        .spawn()
        .wait_within(PUSHED)
        .fails(4);
}

#[test]
fn what_a_stream_cannot_do_is_a_usage_error_before_the_service_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("files")).unwrap();
    // Nothing listens there: a usage error is said before any connection is tried.
    let tik = |args: &[&str]| {
        Tik::new(dir.path(), ["watch"])
            .args(args)
            .host("http://127.0.0.1:9")
            .token("tik_unused")
            .run()
    };
    for (args, says) in [
        (&["CS-1", "--format", "csv"][..], "not csv or tsv"),
        (&["--until", "resolved"][..], "KEY"),
        (&["CS-1", "--mine"][..], "--mine"),
        (&["CS-1", "--since", "2x"][..], "--since takes a seq"),
        (
            &["CS-1", "--until", "resolved", "--status", "new"][..],
            "--status",
        ),
        (&["CS-1", "--until", "done"][..], "expected one of"),
    ] {
        let said = tik(args).fails(2);
        assert!(said.contains(says), "{args:?}: {said}");
    }
    let said = Tik::new(dir.path(), ["list", "--watch"])
        .host("http://127.0.0.1:9")
        .token("tik_unused")
        .run()
        .fails(2);
    assert!(said.contains("terminal"), "{said}");
}

#[test]
fn list_watch_redraws_its_table_when_a_ticket_changes_and_leaves_the_terminal_clean() {
    let svc = Service::start();
    svc.new_ticket("The first ticket");
    let mut session = svc
        .tik(["list", "--watch"])
        .env("COLUMNS", "120")
        .in_terminal();
    session.exp_string("The first ticket").expect("the table");
    session.exp_string("Ctrl-C ends it").expect("the footer");
    svc.new_ticket("A second ticket");
    session
        .exp_string("A second ticket")
        .expect("redrawn with the new ticket");
    svc.tik(["edit", "CS-1", "--title", "Renamed at once"])
        .run()
        .success();
    session
        .exp_string("Renamed at once")
        .expect("redrawn with the new title");
    session.send_control('c').expect("Ctrl-C");
    // The cursor shown again and the terminal's own screen given back, then the last table
    // printed on it.
    let rest = session.exp_eof().expect("the command ends");
    assert!(
        rest.contains("\u{1b}[?25h"),
        "the cursor is shown: {rest:?}"
    );
    assert!(
        rest.contains("\u{1b}[?1049l"),
        "the screen is given back: {rest:?}"
    );
    let after = rest.rsplit("\u{1b}[?1049l").next().unwrap();
    assert!(
        after.contains("Renamed at once") && after.contains("A second ticket"),
        "{after:?}"
    );
    match session.process().wait().expect("the command's status") {
        rexpect::process::WaitStatus::Exited(_, code) => assert_eq!(code, 0),
        other => panic!("ended by {other:?}"),
    }
}
