//! `tik new`: opening tickets, their fields, bodies, attachments and the refusals.

use crate::harness::{PRIORITIES, Service, keys, sha256_hex};

#[test]
fn new_json_carries_every_field_given() {
    let svc = Service::start();
    let t = svc
        .tik([
            "new",
            "-t",
            "  Disk full on build agent  ",
            "-b",
            "The disk of agent 7 is full.",
            "--type",
            "incident",
            "-p",
            "high",
            "--department",
            "billing",
            "--service",
            "cloud",
            "--category",
            "1.5",
            "--project",
            "apollo",
            "--visibility",
            "private",
            "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(t["key"], "CS-1");
    assert_eq!(
        t["title"], "Disk full on build agent",
        "the title is trimmed"
    );
    assert_eq!(t["description"], "The disk of agent 7 is full.");
    assert_eq!(t["type"], "incident");
    assert_eq!(t["priority"], "high");
    assert_eq!(t["department"], "billing");
    assert_eq!(t["service"], "cloud");
    assert_eq!(t["category"], "1.5");
    assert_eq!(t["project"], "apollo");
    assert_eq!(t["visibility"], "private");
    assert_eq!(t["channel"], "cli");
    assert_eq!(t["status"], "new");
    assert_eq!(t["resolution"], "open");
    assert_eq!(t["requester"], "admin");
    assert!(t.get("assignee").is_none(), "{t:#}");
    assert!(t.get("closed_at").is_none(), "{t:#}");
    assert!(t["created_at"].is_string());
    assert_eq!(t["comments"], serde_json::json!([]));
    assert_eq!(t["attachments"], serde_json::json!([]));
    assert_eq!(t["escalations"], serde_json::json!([]));
}

#[test]
fn new_defaults_to_the_lowest_priority_a_question_and_technical_support() {
    let svc = Service::start();
    let t = svc
        .tik(["new", "-t", "Only a title", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(t["priority"], "normal");
    assert_eq!(t["type"], "question");
    assert_eq!(t["department"], "technical-support");
    assert_eq!(t["visibility"], "organisation");
    assert_eq!(t["description"], "");
}

#[test]
fn new_quiet_prints_only_the_key_even_with_json() {
    let svc = Service::start();
    let run = svc.tik(["new", "-q", "-t", "First"]).run().success();
    assert_eq!(run.stdout, "CS-1\n");
    let run = svc
        .tik(["new", "-q", "--json", "-t", "Second"])
        .run()
        .success();
    assert_eq!(run.stdout, "CS-2\n");
}

#[test]
fn new_human_output_names_the_key_and_title() {
    let svc = Service::start();
    let run = svc.tik(["new", "-t", "Printer on fire"]).run().success();
    assert_eq!(run.stdout, "Created CS-1: Printer on fire\n");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn new_reads_the_body_from_stdin_with_body_file_dash() {
    let svc = Service::start();
    let body = "line one\nline two: ünïcödé\n";
    let t = svc
        .tik(["new", "-t", "From a pipe", "--body-file", "-", "--json"])
        .stdin(body)
        .run()
        .success()
        .json();
    assert_eq!(t["description"], body);
    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(shown["description"], body);
}

#[test]
fn new_reads_the_body_from_a_file() {
    let svc = Service::start();
    let report = svc.write_file("report.md", "# Nightly\n\nfailed at step 3\n");
    let t = svc
        .tik(["new", "-t", "Nightly failed", "--json", "--body-file"])
        .stdin("not this")
        .arg(&report)
        .run()
        .success()
        .json();
    assert_eq!(t["description"], "# Nightly\n\nfailed at step 3\n");
}

#[test]
fn new_with_an_unreadable_body_file_is_a_usage_error_naming_the_file() {
    let svc = Service::start();
    let err = svc
        .tik(["new", "-t", "x", "--body-file", "missing.md"])
        .run()
        .fails(2);
    assert!(err.contains("missing.md"), "{err}");
    assert_no_tickets(&svc);
}

#[test]
fn new_without_a_title_off_a_terminal_fails_naming_the_title_flag() {
    let svc = Service::start();
    let err = svc.tik(["new", "-b", "no title"]).run().fails(2);
    assert!(err.contains("--title"), "{err}");
    // Even with something on stdin: a pipe is not a terminal to prompt on.
    let err = svc.tik(["new"]).stdin("Title?\n").run().fails(2);
    assert!(err.contains("--title"), "{err}");
    assert_no_tickets(&svc);
}

#[test]
fn new_with_a_blank_or_overlong_title_is_refused() {
    let svc = Service::start();
    let err = svc.tik(["new", "-t", "   "]).run().fails(2);
    assert!(err.contains("title"), "{err}");
    let long = "x".repeat(201);
    let err = svc.tik(["new", "-t", &long]).run().fails(2);
    assert!(err.contains("200"), "{err}");
    let ok = "y".repeat(200);
    svc.tik(["new", "-t", &ok]).run().success();
}

#[test]
fn new_with_an_unknown_priority_fails_listing_the_valid_ones() {
    let svc = Service::start();
    let err = svc
        .tik(["new", "-t", "x", "--priority", "whenever"])
        .run()
        .fails(2);
    assert!(err.contains("whenever"), "{err}");
    for priority in PRIORITIES {
        assert!(err.contains(priority), "{priority} missing from: {err}");
    }
    assert_no_tickets(&svc);
}

#[test]
fn new_accepts_every_priority_of_the_scale() {
    let svc = Service::start();
    for priority in PRIORITIES {
        let t = svc
            .tik(["new", "-t", priority, "-p", priority, "--json"])
            .run()
            .success()
            .json();
        assert_eq!(t["priority"], priority);
    }
}

#[test]
fn new_with_an_unknown_category_or_service_is_refused() {
    let svc = Service::start();
    let err = svc
        .tik(["new", "-t", "x", "--category", "99.9"])
        .run()
        .fails(2);
    assert!(err.contains("99.9"), "{err}");
    let err = svc
        .tik(["new", "-t", "x", "--service", "mainframe"])
        .run()
        .fails(2);
    assert!(err.contains("mainframe"), "{err}");
    assert_no_tickets(&svc);
}

#[test]
fn new_with_an_unknown_type_is_a_usage_error() {
    let svc = Service::start();
    let run = svc.tik(["new", "-t", "x", "--type", "rant"]).run().code(2);
    assert!(run.stderr.contains("rant"), "{}", run.stderr);
    assert_no_tickets(&svc);
}

#[test]
fn new_attach_stores_every_file_with_its_sha256() {
    let svc = Service::start();
    let log_bytes = b"2026-01-01 boot\n2026-01-01 disk full\n".repeat(100);
    let png_bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let log = svc.write_file("build.log", &log_bytes);
    let png = svc.write_file("screen.png", &png_bytes);
    let t = svc
        .tik(["new", "-t", "With files", "--json", "--attach"])
        .arg(&log)
        .arg("-a")
        .arg(&png)
        .run()
        .success()
        .json();
    let attachments = t["attachments"].as_array().expect("attachments");
    assert_eq!(attachments.len(), 2, "{t:#}");
    assert_eq!(attachments[0]["name"], "build.log");
    assert_eq!(attachments[0]["media_type"], "text/plain");
    assert_eq!(attachments[0]["size"], log_bytes.len());
    assert_eq!(attachments[0]["sha256"], sha256_hex(&log_bytes));
    assert_eq!(attachments[0]["uploaded_by"], "admin");
    assert_eq!(attachments[1]["name"], "screen.png");
    assert_eq!(attachments[1]["media_type"], "image/png");
    assert_eq!(attachments[1]["size"], png_bytes.len());
    assert_eq!(attachments[1]["sha256"], sha256_hex(&png_bytes));

    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(shown["attachments"], t["attachments"]);
    // The bytes in the service's store are the file's.
    assert_eq!(svc.blob_bytes(&sha256_hex(&png_bytes)), png_bytes);
}

#[test]
fn new_attach_over_the_size_limit_is_refused_and_creates_nothing() {
    let svc = Service::start_with(&["--max-attachment-size", "1024"]);
    let big = svc.write_file("big.txt", vec![b'x'; 2048]);
    let err = svc
        .tik(["new", "-t", "Too big", "--attach"])
        .arg(&big)
        .run()
        .fails(2);
    assert!(err.contains("big.txt"), "{err}");
    assert!(err.contains("1 KiB"), "the limit is missing: {err}");
    assert_no_tickets(&svc);
    assert_eq!(svc.stored_blobs(), Vec::<std::path::PathBuf>::new());
    // A file at the limit exactly is accepted.
    let fits = svc.write_file("fits.txt", vec![b'y'; 1024]);
    svc.tik(["new", "-t", "Fits", "--attach"])
        .arg(&fits)
        .run()
        .success();
}

#[test]
fn new_attach_of_a_disallowed_type_is_refused_and_creates_nothing() {
    let svc = Service::start();
    let exe = svc.write_file("setup.exe", b"MZ\x90\x00");
    let err = svc
        .tik(["new", "-t", "Run this", "--attach"])
        .arg(&exe)
        .run()
        .fails(2);
    assert!(err.contains("setup.exe"), "{err}");
    assert!(err.contains("not accepted"), "{err}");
    assert_no_tickets(&svc);
    assert!(svc.stored_blobs().is_empty());
}

#[test]
fn new_attach_of_more_files_than_a_message_may_carry_is_refused() {
    let svc = Service::start();
    let mut cmd = svc.tik(["new", "-t", "Six files"]);
    for i in 0..6 {
        cmd = cmd.arg("-a").arg(svc.write_file(&format!("f{i}.txt"), "x"));
    }
    let err = cmd.run().fails(2);
    assert!(err.contains("6 files"), "{err}");
    assert!(err.contains('5'), "the limit is missing: {err}");
    assert_no_tickets(&svc);
    assert!(svc.stored_blobs().is_empty());
}

#[test]
fn new_attach_of_a_missing_file_is_a_usage_error_naming_it() {
    let svc = Service::start();
    let err = svc
        .tik(["new", "-t", "x", "--attach", "nowhere.log"])
        .run()
        .fails(2);
    assert!(err.contains("nowhere.log"), "{err}");
    assert_no_tickets(&svc);
}

#[test]
fn keys_stay_gap_free_when_creates_fail_in_between() {
    let svc = Service::start_with(&["--max-attachment-size", "10"]);
    assert_eq!(svc.new_ticket("one"), "CS-1");
    // Refused by the service's validation.
    svc.tik(["new", "-t", "bad", "-p", "asap"]).run().fails(2);
    // Refused by the client before sending.
    let big = svc.write_file("big.txt", "more than ten bytes");
    svc.tik(["new", "-t", "bad", "-a"]).arg(&big).run().fails(2);
    assert_eq!(svc.new_ticket("two"), "CS-2");
    // Refused inside the service's transaction, after a number could have been taken.
    let refused = svc
        .http("POST", "/v1/tickets")
        .json(&serde_json::json!({ "title": "bad", "attachments": ["no-such-upload"] }))
        .send();
    assert_eq!(
        refused.status,
        422,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    assert_eq!(svc.new_ticket("three"), "CS-3");
    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(keys(&all), ["CS-3", "CS-2", "CS-1"]);
}

fn assert_no_tickets(svc: &Service) {
    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(all, serde_json::json!([]), "no ticket should exist");
}

#[test]
fn new_close_and_reopen_print_a_ticket_exactly_as_show_does() {
    let svc = Service::start();
    let created = svc
        .tik(["new", "-t", "Same JSON", "--json"])
        .run()
        .success()
        .stdout;
    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().stdout;
    assert_eq!(created, shown, "one serialiser, one field order");
    let closed = svc.tik(["close", "CS-1", "--json"]).run().success().stdout;
    assert_eq!(
        closed,
        svc.tik(["show", "CS-1", "--json"]).run().success().stdout
    );
}
