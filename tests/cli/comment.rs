//! `tik comment`: bodies from flags, files and stdin, attachments, and the refusals.

use crate::harness::{Service, sha256_hex};

#[test]
fn comment_json_has_the_body_author_and_id_and_show_lists_it() {
    let svc = Service::start();
    svc.new_ticket("Disk full");
    let c = svc
        .tik([
            "comment",
            "CS-1",
            "-b",
            "Rebooted; the disk is fine now",
            "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(c["body"], "Rebooted; the disk is fine now");
    assert_eq!(c["author"], "admin");
    assert_eq!(c["internal"], false);
    assert!(c["id"].is_u64(), "{c:#}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["comments"][0]["id"], c["id"]);
    assert_eq!(t["comments"][0]["body"], c["body"]);
}

#[test]
fn comment_human_output_names_the_ticket_and_comment() {
    let svc = Service::start();
    svc.new_ticket("Disk full");
    let run = svc.tik(["comment", "CS-1", "-b", "ok"]).run().success();
    assert!(
        run.stdout.starts_with("Commented on CS-1 (comment "),
        "{}",
        run.stdout
    );
}

#[test]
fn comment_reads_the_body_from_stdin_with_body_file_dash() {
    let svc = Service::start();
    svc.new_ticket("Build broken");
    let body = "error[E0308]: mismatched types\n  --> src/main.rs:3:5\n";
    let c = svc
        .tik(["comment", "CS-1", "--body-file", "-", "--json"])
        .stdin(body)
        .run()
        .success()
        .json();
    assert_eq!(c["body"], body);
}

#[test]
fn comment_reads_the_body_from_a_file() {
    let svc = Service::start();
    svc.new_ticket("Build broken");
    let notes = svc.write_file("notes.md", "Step 1: reboot.\nStep 2: wait.\n");
    let c = svc
        .tik(["comment", "CS-1", "--json", "--body-file"])
        .arg(&notes)
        .run()
        .success()
        .json();
    assert_eq!(c["body"], "Step 1: reboot.\nStep 2: wait.\n");
}

#[test]
fn comment_attach_sends_the_files_with_the_comment() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    let bytes = b"{\"log\": [1, 2, 3]}".repeat(1000);
    let har = svc.write_file("session.har", &bytes);
    let c = svc
        .tik([
            "comment",
            "CS-1",
            "-b",
            "Full log attached",
            "--json",
            "--attach",
        ])
        .arg(&har)
        .run()
        .success()
        .json();
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    let a = &t["attachments"][0];
    assert_eq!(a["name"], "session.har");
    assert_eq!(a["media_type"], "application/json");
    assert_eq!(a["size"], bytes.len());
    assert_eq!(a["sha256"], sha256_hex(&bytes));
    assert_eq!(a["comment_id"], c["id"]);
    assert_eq!(c["attachments"][0], a["id"]);
}

#[test]
fn comment_attach_over_the_limit_is_refused_and_sends_nothing() {
    let svc = Service::start_with(&["--max-attachment-size", "100"]);
    svc.new_ticket("Crash");
    let big = svc.write_file("core.txt", vec![b'c'; 101]);
    let err = svc
        .tik(["comment", "CS-1", "-b", "dump attached", "-a"])
        .arg(&big)
        .run()
        .fails(2);
    assert!(err.contains("core.txt") && err.contains("100 B"), "{err}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(
        t["comments"],
        serde_json::json!([]),
        "no comment without its file"
    );
    assert_eq!(t["attachments"], serde_json::json!([]));
    assert!(svc.stored_blobs().is_empty());
}

#[test]
fn comment_without_a_body_off_a_terminal_fails_naming_the_flags() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    let err = svc.tik(["comment", "CS-1"]).run().fails(2);
    assert!(err.contains("-b") && err.contains("--body-file"), "{err}");
    let err = svc.tik(["comment", "CS-1", "-b", "  \n "]).run().fails(2);
    assert!(err.contains("empty"), "{err}");
    let err = svc
        .tik(["comment", "CS-1", "--body-file", "-"])
        .stdin("")
        .run()
        .fails(2);
    assert!(err.contains("empty"), "{err}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["comments"], serde_json::json!([]));
}

#[test]
fn comment_with_both_body_and_body_file_is_a_usage_error() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    svc.tik(["comment", "CS-1", "-b", "x", "--body-file", "-"])
        .run()
        .code(2);
}

#[test]
fn comment_on_an_unknown_ticket_is_not_found_naming_the_key() {
    let svc = Service::start();
    let err = svc.tik(["comment", "CS-9", "-b", "hello"]).run().fails(4);
    assert!(err.contains("CS-9"), "{err}");
}

#[test]
fn comment_on_a_closed_ticket_is_a_conflict_that_says_to_reopen() {
    let svc = Service::start();
    svc.new_ticket("Done");
    svc.tik(["close", "CS-1"]).run().success();
    let err = svc
        .tik(["comment", "CS-1", "-b", "one more"])
        .run()
        .fails(1);
    assert!(err.contains("CS-1") && err.contains("reopen"), "{err}");
}

#[test]
fn an_internal_note_is_for_agents_only() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "requester");
    svc.tik(["new", "-q", "-t", "mine"])
        .token(&alice)
        .run()
        .success();
    let err = svc
        .tik(["comment", "CS-1", "--internal", "-b", "psst"])
        .token(&alice)
        .run()
        .fails(3);
    assert!(err.contains("agent"), "{err}");
    let c = svc
        .tik(["comment", "CS-1", "--internal", "-b", "psst", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(c["internal"], true);
}

#[test]
fn a_requester_cannot_comment_on_another_requesters_ticket() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "requester");
    let carol = svc.add_user("carol", "requester");
    svc.tik(["new", "-q", "-t", "alice's"])
        .token(&alice)
        .run()
        .success();
    svc.tik(["comment", "CS-1", "-b", "hi"])
        .token(&carol)
        .run()
        .fails(4);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["comments"], serde_json::json!([]));
}
