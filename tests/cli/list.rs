//! `tik list`: filters, paging, permissions and the table.

use serde_json::json;

use crate::harness::{PRIORITIES, Service, create_tickets, keys};

fn list(svc: &Service, args: &[&str]) -> Vec<String> {
    keys(
        &svc.tik(["list", "--json"].iter().chain(args))
            .run()
            .success()
            .json(),
    )
}

#[test]
fn list_shows_open_tickets_newest_first_by_default() {
    let svc = Service::start();
    for title in ["one", "two", "three"] {
        svc.new_ticket(title);
    }
    svc.tik(["close", "CS-2"]).run().success();
    let tickets = svc.tik(["list", "--json"]).run().success().json();
    assert_eq!(keys(&tickets), ["CS-3", "CS-1"]);
    let first = &tickets[0];
    assert_eq!(first["title"], "three");
    assert_eq!(first["status"], "new");
    assert_eq!(first["requester"], "admin");
    // A list carries the ticket's own fields, not its thread.
    assert!(first.get("comments").is_none(), "{first:#}");
}

#[test]
fn list_status_selects_open_closed_all_or_one_status() {
    let svc = Service::start();
    for title in ["one", "two", "three", "four"] {
        svc.new_ticket(title);
    }
    svc.tik(["close", "CS-1"]).run().success();
    svc.tik(["escalate", "CS-3", "-r", "down"]).run().success();
    assert_eq!(list(&svc, &["--status", "open"]), ["CS-4", "CS-3", "CS-2"]);
    assert_eq!(list(&svc, &["--status", "closed"]), ["CS-1"]);
    assert_eq!(
        list(&svc, &["--status", "all"]),
        ["CS-4", "CS-3", "CS-2", "CS-1"]
    );
    assert_eq!(list(&svc, &["--status", "escalated"]), ["CS-3"]);
    assert_eq!(list(&svc, &["-s", "new"]), ["CS-4", "CS-2"]);
}

#[test]
fn list_with_an_unknown_status_fails_naming_the_valid_ones() {
    let svc = Service::start();
    let err = svc.tik(["list", "--status", "pending"]).run().fails(2);
    assert!(err.contains("pending"), "{err}");
    assert!(err.contains("escalated") && err.contains("all"), "{err}");
}

#[test]
fn list_filters_by_type_and_priority() {
    let svc = Service::start();
    svc.tik(["new", "-q", "-t", "a", "--type", "bug", "-p", "high"])
        .run()
        .success();
    svc.tik(["new", "-q", "-t", "b", "--type", "incident", "-p", "high"])
        .run()
        .success();
    svc.tik(["new", "-q", "-t", "c", "--type", "bug", "-p", "critical"])
        .run()
        .success();
    assert_eq!(list(&svc, &["--type", "bug"]), ["CS-3", "CS-1"]);
    assert_eq!(list(&svc, &["--priority", "high"]), ["CS-2", "CS-1"]);
    assert_eq!(list(&svc, &["--type", "bug", "-p", "high"]), ["CS-1"]);
    assert_eq!(
        list(&svc, &["--type", "feature"]),
        Vec::<String>::new(),
        "no feature was filed"
    );
}

#[test]
fn list_with_an_unknown_priority_fails_listing_the_valid_ones() {
    let svc = Service::start();
    let err = svc.tik(["list", "-p", "meh"]).run().fails(2);
    for priority in PRIORITIES {
        assert!(err.contains(priority), "{priority} missing from: {err}");
    }
}

#[test]
fn list_requester_and_mine_select_whose_tickets() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "requester");
    let agent = svc.add_user("bob", "agent");
    svc.new_ticket("the admin's");
    svc.tik(["new", "-q", "-t", "alice's"])
        .token(&alice)
        .run()
        .success();
    assert_eq!(list(&svc, &["--requester", "alice"]), ["CS-2"]);
    assert_eq!(list(&svc, &["--requester", "admin"]), ["CS-1"]);
    assert_eq!(list(&svc, &["--requester", "nobody"]), Vec::<String>::new());
    assert_eq!(list(&svc, &["--mine"]), ["CS-1"]);
    let bobs = svc
        .tik(["list", "--mine", "--json"])
        .token(&agent)
        .run()
        .success()
        .json();
    assert_eq!(bobs, json!([]), "bob neither opened nor is assigned any");
}

#[test]
fn list_assignee_and_mine_find_tickets_assigned_over_the_api() {
    let svc = Service::start();
    let agent = svc.add_user("bob", "agent");
    svc.new_ticket("one");
    svc.new_ticket("two");
    // No command assigns yet; the API does.
    let assigned = svc
        .http("PATCH", "/v1/tickets/CS-1")
        .json(&json!({ "assignee": "bob" }))
        .send();
    assert_eq!(
        assigned.status,
        200,
        "{}",
        String::from_utf8_lossy(&assigned.body)
    );
    assert_eq!(assigned.json()["status"], "assigned");
    assert_eq!(list(&svc, &["--assignee", "bob"]), ["CS-1"]);
    assert_eq!(list(&svc, &["-a", "admin"]), Vec::<String>::new());
    let mine = svc
        .tik(["list", "--mine", "--json"])
        .token(&agent)
        .run()
        .success()
        .json();
    assert_eq!(keys(&mine), ["CS-1"]);
    assert_eq!(mine[0]["assignee"], "bob");
    assert_eq!(list(&svc, &["--status", "assigned"]), ["CS-1"]);
}

#[test]
fn a_requester_lists_only_their_own_tickets_and_an_agent_lists_all() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "requester");
    let carol = svc.add_user("carol", "requester");
    let agent = svc.add_user("bob", "agent");
    svc.tik(["new", "-q", "-t", "alice's"])
        .token(&alice)
        .run()
        .success();
    svc.tik(["new", "-q", "-t", "carol's"])
        .token(&carol)
        .run()
        .success();
    let as_user = |token: &str, args: &[&str]| {
        keys(
            &svc.tik(["list", "--status", "all", "--json"].iter().chain(args))
                .token(token)
                .run()
                .success()
                .json(),
        )
    };
    assert_eq!(as_user(&alice, &[]), ["CS-1"]);
    assert_eq!(as_user(&carol, &[]), ["CS-2"]);
    // Asking for another's tickets does not widen what a requester sees.
    assert_eq!(
        as_user(&carol, &["--requester", "alice"]),
        Vec::<String>::new()
    );
    assert_eq!(as_user(&agent, &[]), ["CS-2", "CS-1"]);
}

#[test]
fn list_limit_gathers_tickets_across_pages() {
    let svc = Service::start();
    create_tickets(&svc, 120, |i| format!("ticket {i}"));
    let tickets = svc
        .tik(["list", "--limit", "110", "--json"])
        .run()
        .success()
        .json();
    let got = keys(&tickets);
    let expected: Vec<String> = (11..=120).rev().map(|n| format!("CS-{n}")).collect();
    assert_eq!(got, expected, "110 tickets, newest first, none twice");
    assert_eq!(list(&svc, &[]).len(), 30, "the default limit is 30");
    assert_eq!(list(&svc, &["-L", "1000"]).len(), 120);
    assert_eq!(list(&svc, &["-L", "100"]).len(), 100);
    assert_eq!(list(&svc, &["-L", "101"]).len(), 101);
}

#[test]
fn list_limit_that_is_no_count_is_a_usage_error() {
    let svc = Service::start();
    svc.tik(["list", "--limit", "-1"]).run().code(2);
    svc.tik(["list", "--limit", "many"]).run().code(2);
}

#[test]
fn list_table_has_a_header_and_one_row_per_ticket() {
    let svc = Service::start();
    svc.tik([
        "new",
        "-q",
        "-t",
        "Disk full on build agent",
        "-p",
        "high",
        "--type",
        "incident",
    ])
    .run()
    .success();
    svc.new_ticket("Second");
    let run = svc.tik(["list"]).run().success();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "a header and two rows:\n{}", run.stdout);
    assert!(lines[0].starts_with("KEY"), "{}", run.stdout);
    for column in ["STATUS", "PRIORITY", "TYPE", "TITLE", "ASSIGNEE", "UPDATED"] {
        assert!(lines[0].contains(column), "{column}: {}", lines[0]);
    }
    assert!(lines[1].starts_with("CS-2 "), "{}", run.stdout);
    assert!(lines[2].starts_with("CS-1 "), "{}", run.stdout);
    let row: Vec<&str> = lines[2].split_whitespace().collect();
    assert_eq!(&row[..5], ["CS-1", "-", "new", "high", "incident"]);
    assert!(
        lines[2].contains("Disk full on build agent"),
        "{}",
        lines[2]
    );
    // A pipe gets no colour and exact times.
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    let updated = row.last().expect("an UPDATED column");
    assert!(
        chrono::DateTime::parse_from_rfc3339(updated).is_ok(),
        "expected an RFC 3339 time, got {updated}"
    );
}

#[test]
fn list_never_cuts_a_long_title_in_a_pipe() {
    let svc = Service::start();
    let title = "word ".repeat(39) + "end";
    svc.new_ticket(&title);
    let run = svc.tik(["list"]).run().success();
    assert!(run.stdout.contains(&title), "{}", run.stdout);
}

#[test]
fn list_with_no_match_prints_no_rows_and_succeeds() {
    let svc = Service::start();
    let run = svc.tik(["list"]).run().success();
    assert_eq!(run.stdout, "", "no header without rows");
    assert!(run.stderr.contains("no tickets match"), "{}", run.stderr);
    let run = svc.tik(["list", "--json"]).run().success();
    assert_eq!(run.json(), json!([]));
}

#[test]
fn list_table_reads_as_expected() {
    let svc = Service::start();
    svc.tik(["new", "-q", "-t", "Disk full on build agent", "-p", "high"])
        .args(["--type", "incident"])
        .run()
        .success();
    svc.new_ticket("Printer out of toner");
    svc.tik(["escalate", "CS-1", "-r", "blocked"])
        .run()
        .success();
    let run = svc.tik(["list"]).run().success();
    crate::harness::assert_human_snapshot!(run.stdout);
}
