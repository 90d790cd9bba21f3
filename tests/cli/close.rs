//! `tik close` and `tik reopen`: resolutions, duplicates, and the transitions refused.

use crate::harness::Service;

#[test]
fn close_defaults_to_fixed_and_records_when() {
    let svc = Service::start();
    svc.new_ticket("Disk full");
    let t = svc.tik(["close", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["key"], "CS-1");
    assert_eq!(t["status"], "closed");
    assert_eq!(t["resolution"], "fixed");
    assert!(t["closed_at"].is_string(), "{t:#}");
    let run = svc.tik(["show", "CS-1"]).run().success();
    assert!(
        run.stdout.contains("status:     closed (fixed)"),
        "{}",
        run.stdout
    );
}

#[test]
fn close_with_a_resolution_and_comment_keeps_both() {
    let svc = Service::start();
    svc.new_ticket("Button is blue");
    let run = svc
        .tik([
            "close",
            "CS-1",
            "--resolution",
            "wont-fix",
            "-c",
            "Works as designed",
        ])
        .run()
        .success();
    assert_eq!(run.stdout, "Closed CS-1 (wont-fix)\n");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["resolution"], "wont-fix");
    assert_eq!(t["comments"][0]["body"], "Works as designed");
}

#[test]
fn close_with_an_unknown_resolution_is_a_usage_error() {
    let svc = Service::start();
    svc.new_ticket("x");
    let run = svc.tik(["close", "CS-1", "-r", "meh"]).run().code(2);
    assert!(run.stderr.contains("meh"), "{}", run.stderr);
    // Resolutions that do not close are not offered (the service refuses them too).
    let run = svc.tik(["close", "CS-1", "-r", "open"]).run().code(2);
    assert!(run.stderr.contains("fixed"), "{}", run.stderr);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["status"], "new");
}

#[test]
fn closing_twice_is_a_conflict() {
    let svc = Service::start();
    svc.new_ticket("x");
    svc.tik(["close", "CS-1"]).run().success();
    let err = svc.tik(["close", "CS-1"]).run().fails(1);
    assert!(
        err.contains("CS-1") && err.contains("already closed"),
        "{err}"
    );
}

#[test]
fn close_as_duplicate_needs_the_original() {
    let svc = Service::start();
    svc.new_ticket("original");
    svc.new_ticket("copy");
    let err = svc
        .tik(["close", "CS-2", "--resolution", "duplicate"])
        .run()
        .fails(2);
    assert!(err.contains("--duplicate-of"), "{err}");
    let err = svc
        .tik(["close", "CS-2", "-r", "duplicate", "--duplicate-of", "CS-2"])
        .run()
        .fails(2);
    assert!(err.contains("itself"), "{err}");
    let err = svc
        .tik([
            "close",
            "CS-2",
            "-r",
            "duplicate",
            "--duplicate-of",
            "CS-99",
        ])
        .run()
        .fails(4);
    assert!(err.contains("CS-99"), "{err}");
    let err = svc
        .tik(["close", "CS-2", "--duplicate-of", "CS-1"])
        .run()
        .fails(2);
    assert!(err.contains("duplicate"), "{err}");
    let t = svc.tik(["show", "CS-2", "--json"]).run().success().json();
    assert_eq!(t["status"], "new", "every refusal left it open");

    let t = svc
        .tik([
            "close",
            "CS-2",
            "-r",
            "duplicate",
            "--duplicate-of",
            "CS-1",
            "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(t["resolution"], "duplicate");
    assert_eq!(t["duplicate_of"], "CS-1");
    let text = svc.tik(["show", "CS-2"]).run().success().stdout;
    assert!(text.contains("(duplicate of CS-1)"), "{text}");
}

#[test]
fn close_an_unknown_ticket_is_not_found_naming_the_key() {
    let svc = Service::start();
    let err = svc.tik(["close", "CS-3"]).run().fails(4);
    assert!(err.contains("CS-3"), "{err}");
}

#[test]
fn a_requester_may_close_their_own_ticket_but_not_anothers() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "requester");
    let carol = svc.add_user("carol", "requester");
    svc.tik(["new", "-q", "-t", "a"])
        .token(&alice)
        .run()
        .success();
    svc.tik(["new", "-q", "-t", "b"])
        .token(&alice)
        .run()
        .success();
    svc.tik(["close", "CS-1"]).token(&carol).run().fails(4);
    svc.tik(["reopen", "CS-1"]).token(&carol).run().fails(4);
    let t = svc
        .tik(["close", "CS-1", "--json"])
        .token(&alice)
        .run()
        .success()
        .json();
    assert_eq!(t["status"], "closed");
    let agent = svc.add_user("bob", "agent");
    svc.tik(["close", "CS-2"]).token(&agent).run().success();
}

#[test]
fn reopen_brings_a_closed_ticket_back_with_a_comment() {
    let svc = Service::start();
    svc.new_ticket("Flaky VPN");
    svc.tik(["close", "CS-1"]).run().success();
    let t = svc
        .tik([
            "reopen",
            "CS-1",
            "-c",
            "It happened again tonight",
            "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(t["status"], "new");
    assert_eq!(t["resolution"], "reopened");
    assert!(t.get("closed_at").is_none(), "{t:#}");
    assert_eq!(t["comments"][0]["body"], "It happened again tonight");
    let err = svc.tik(["reopen", "CS-1"]).run().fails(1);
    assert!(err.contains("not closed"), "{err}");
    // And it can be closed again.
    let again = svc.tik(["close", "CS-1"]).run().success();
    assert_eq!(again.stdout, "Closed CS-1 (fixed)\n");
}

#[test]
fn reopen_a_duplicate_clears_the_original() {
    let svc = Service::start();
    svc.new_ticket("original");
    svc.new_ticket("copy");
    svc.tik(["close", "CS-2", "-r", "duplicate", "--duplicate-of", "CS-1"])
        .run()
        .success();
    let t = svc.tik(["reopen", "CS-2", "--json"]).run().success().json();
    assert!(t.get("duplicate_of").is_none(), "{t:#}");
}

#[test]
fn reopen_returns_an_assigned_ticket_to_its_assignee() {
    let svc = Service::start();
    svc.add_user("bob", "agent");
    svc.new_ticket("Needs bob");
    let assigned = svc
        .http("PATCH", "/v1/tickets/CS-1")
        .json(&serde_json::json!({ "assignee": "bob" }))
        .send();
    assert_eq!(assigned.status, 200);
    svc.tik(["close", "CS-1"]).run().success();
    let run = svc.tik(["reopen", "CS-1"]).run().success();
    assert_eq!(run.stdout, "Reopened CS-1 (status assigned)\n");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["assignee"], "bob");
}

#[test]
fn reopening_an_open_ticket_is_a_conflict() {
    let svc = Service::start();
    svc.new_ticket("Still open");
    let err = svc.tik(["reopen", "CS-1"]).run().fails(1);
    assert!(err.contains("CS-1") && err.contains("not closed"), "{err}");
}

#[test]
fn reopen_an_unknown_ticket_is_not_found_naming_the_key() {
    let svc = Service::start();
    let err = svc.tik(["reopen", "CS-8"]).run().fails(4);
    assert!(err.contains("CS-8"), "{err}");
}
