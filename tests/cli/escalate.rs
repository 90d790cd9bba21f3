//! `tik escalate`: the escalation's own key, its timeline, and when escalating is refused.

use crate::harness::{Service, keys};

#[test]
fn escalate_prints_the_escalation_key_and_show_lists_its_timeline() {
    let svc = Service::start();
    svc.new_ticket("Production down");
    let run = svc
        .tik(["escalate", "CS-1", "--reason", "Down for every customer"])
        .run()
        .success();
    assert_eq!(run.stdout, "CP-1\n");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["status"], "escalated");
    let escalations = t["escalations"].as_array().expect("escalations");
    assert_eq!(escalations.len(), 1, "{t:#}");
    let e = &escalations[0];
    assert_eq!(e["key"], "CP-1");
    assert_eq!(e["ticket"], "CS-1");
    assert_eq!(e["reason"], "Down for every customer");
    assert_eq!(e["stage"], "submitted");
    assert_eq!(e["requested_by"], "admin");
    let timeline = e["timeline"].as_array().expect("a timeline");
    assert_eq!(timeline[0]["stage"], "submitted");
    assert!(timeline[0]["at"].is_string(), "{e:#}");
    let text = svc.tik(["show", "CS-1"]).run().success().stdout;
    assert!(text.contains("CP-1"), "{text}");
    assert!(text.contains("Down for every customer"), "{text}");
    assert!(text.contains("submitted"), "{text}");
}

#[test]
fn escalate_json_is_the_escalation() {
    let svc = Service::start();
    svc.new_ticket("Slow");
    let e = svc
        .tik(["escalate", "CS-1", "-r", "  Losing sales  ", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(e["key"], "CP-1");
    assert_eq!(e["ticket"], "CS-1");
    assert_eq!(e["reason"], "Losing sales", "the reason is trimmed");
    assert_eq!(e["stage"], "submitted");
    assert_eq!(e["timeline"][0]["stage"], "submitted");
}

#[test]
fn escalation_keys_count_across_tickets() {
    let svc = Service::start();
    svc.new_ticket("one");
    svc.new_ticket("two");
    let first = svc.tik(["escalate", "CS-2", "-r", "a"]).run().success();
    let second = svc.tik(["escalate", "CS-1", "-r", "b"]).run().success();
    assert_eq!(first.stdout.trim(), "CP-1");
    assert_eq!(second.stdout.trim(), "CP-2");
    let escalated = svc
        .tik(["list", "--status", "escalated", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(keys(&escalated), ["CS-2", "CS-1"]);
}

#[test]
fn escalating_twice_is_a_conflict() {
    let svc = Service::start();
    svc.new_ticket("Down");
    svc.tik(["escalate", "CS-1", "-r", "first"]).run().success();
    let err = svc.tik(["escalate", "CS-1", "-r", "again"]).run().fails(1);
    assert!(err.contains("CS-1") && err.contains("already"), "{err}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["escalations"].as_array().unwrap().len(), 1);
}

#[test]
fn escalating_a_closed_ticket_is_a_conflict() {
    let svc = Service::start();
    svc.new_ticket("Done");
    svc.tik(["close", "CS-1"]).run().success();
    let err = svc.tik(["escalate", "CS-1", "-r", "why"]).run().fails(1);
    assert!(err.contains("only an open ticket"), "{err}");
}

#[test]
fn escalate_needs_a_reason() {
    let svc = Service::start();
    svc.new_ticket("Down");
    svc.tik(["escalate", "CS-1"]).run().code(2);
    let err = svc.tik(["escalate", "CS-1", "-r", "   "]).run().fails(2);
    assert!(err.contains("reason"), "{err}");
    let long = "x".repeat(2001);
    let err = svc.tik(["escalate", "CS-1", "-r", &long]).run().fails(2);
    assert!(err.contains("2000"), "{err}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["escalations"], serde_json::json!([]));
    assert_eq!(t["status"], "new");
}

#[test]
fn escalate_an_unknown_ticket_is_not_found_naming_the_key() {
    let svc = Service::start();
    let err = svc.tik(["escalate", "CS-5", "-r", "x"]).run().fails(4);
    assert!(err.contains("CS-5"), "{err}");
}

#[test]
fn closing_a_ticket_ends_its_escalation_and_a_reopened_one_can_be_escalated_afresh() {
    let svc = Service::start();
    svc.new_ticket("Down again");
    svc.tik(["escalate", "CS-1", "-r", "down"]).run().success();
    svc.tik(["close", "CS-1"]).run().success();
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    let escalation = &t["escalations"][0];
    assert_eq!(escalation["stage"], "resolved");
    let stages: Vec<&str> = escalation["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["submitted", "resolved"]);
    svc.tik(["reopen", "CS-1"]).run().success();
    let again = svc.tik(["escalate", "CS-1", "-r", "again"]).run().success();
    assert_eq!(again.stdout.trim(), "CP-2");
    let escalated = keys(
        &svc.tik(["list", "--status", "escalated", "--json"])
            .run()
            .success()
            .json(),
    );
    assert_eq!(escalated, ["CS-1"]);
}

/// A ticket of bob's assigned to alice and escalated by bob: (service, agent, bob, key,
/// escalation key).
fn escalated() -> (Service, String, String, String, String) {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let key = svc.new_ticket_as(&bob, "Site down", &[]);
    svc.tik(["assign", &key, "alice"])
        .token(&agent)
        .run()
        .success();
    let escalation = svc
        .tik(["escalate", &key, "--reason", "All our shops are offline"])
        .token(&bob)
        .run()
        .success()
        .stdout
        .trim()
        .to_owned();
    (svc, agent, bob, key, escalation)
}

#[test]
fn only_agents_move_an_escalation_and_only_forward() {
    let (svc, agent, bob, _key, escalation) = escalated();
    let err = svc
        .tik(["escalation", "stage", &escalation, "engineering"])
        .token(&bob)
        .run()
        .fails(3);
    assert!(err.contains("only an agent"), "{err}");
    svc.tik(["escalation", "stage", &escalation, "engineering"])
        .token(&agent)
        .run()
        .success();
    let err = svc
        .tik(["escalation", "stage", &escalation, "submitted"])
        .token(&agent)
        .run()
        .fails(1);
    assert!(err.contains("moves forward"), "{err}");
    let err = svc
        .tik([
            "escalation",
            "stage",
            &escalation,
            "resolved",
            "--eta",
            "2001-01-01",
        ])
        .token(&agent)
        .run()
        .fails(2);
    assert!(err.contains("in the past"), "{err}");
    svc.tik(["escalation", "stage", "CP-99", "resolved"])
        .token(&agent)
        .run()
        .fails(4);
    let outsider = svc.add_member("zoe", "Globex");
    svc.tik(["escalation", "stage", &escalation, "resolved"])
        .token(&outsider)
        .run()
        .fails(4);
}

#[test]
fn agents_move_an_escalation_through_its_stages_with_an_eta() {
    let (svc, agent, bob, key, escalation) = escalated();
    let moved = svc
        .tik(["escalation", "stage", &escalation, "under-evaluation"])
        .token(&agent)
        .run()
        .success();
    assert_eq!(
        moved.stdout.trim(),
        format!("Moved {escalation} of {key} to under-evaluation")
    );
    svc.tik([
        "escalation",
        "stage",
        &escalation,
        "engineering",
        "--eta",
        "2099-12-15",
    ])
    .token(&agent)
    .run()
    .success();
    let outsider = svc.add_member("zoe", "Globex");
    svc.tik(["escalation", "stage", &escalation, "resolved"])
        .token(&outsider)
        .run()
        .fails(4);

    let listed = svc
        .tik(["list", "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    assert_eq!(listed[0]["status"], "escalated");
    assert_eq!(listed[0]["escalation_stage"], "engineering");
    let shown = svc
        .tik(["show", &key, "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    let timeline: Vec<&str> = shown["escalations"][0]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stage"].as_str().unwrap())
        .collect();
    assert_eq!(timeline, ["submitted", "under-evaluation", "engineering"]);
    assert_eq!(
        shown["escalations"][0]["estimated_resolution_at"],
        "2099-12-15T23:59:59Z"
    );
    let text = svc.tik(["show", &key]).token(&bob).run().success().stdout;
    assert!(
        text.contains("estimated resolution: 2099-12-15T23:59:59"),
        "{text}"
    );
    assert!(text.contains("  engineering "), "{text}");

    // Resolved, the escalation hands the ticket back to its assignee.
    svc.tik(["escalation", "stage", &escalation, "resolved"])
        .token(&agent)
        .run()
        .success();
    let shown = svc
        .tik(["show", &key, "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    assert_eq!(shown["status"], "assigned");
    assert_eq!(shown["escalations"][0]["stage"], "resolved");
    assert!(shown.get("escalation_stage").is_none());
}
