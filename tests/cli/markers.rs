//! The per-viewer markers: tickets waiting for the caller, and tickets with activity they
//! have not seen since they last showed them.

use serde_json::Value;

use crate::harness::{Service, keys};

fn marks(svc: &Service, token: &str, filter: &[&str]) -> Vec<(String, bool, bool)> {
    let listed = svc
        .tik(["list", "--json"])
        .args(filter)
        .token(token)
        .run()
        .success()
        .json();
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|t: &Value| {
            (
                t["key"].as_str().unwrap().to_owned(),
                t["waiting_for_you"].as_bool().unwrap(),
                t["updated_since_seen"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn activity_since_the_caller_last_looked_is_marked_until_they_show_the_ticket() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let key = svc.new_ticket_as(&bob, "Printer on fire", &[]);
    // Your own change is no news to you; to support, a new ticket is.
    assert_eq!(marks(&svc, &bob, &[]), [(key.clone(), false, false)]);
    assert_eq!(marks(&svc, &agent, &[]), [(key.clone(), false, true)]);
    assert_eq!(
        keys(
            &svc.tik(["list", "--updated", "--json"])
                .token(&agent)
                .run()
                .success()
                .json()
        ),
        [key.as_str()]
    );

    svc.tik(["show", &key]).token(&agent).run().success();
    assert_eq!(marks(&svc, &agent, &[]), [(key.clone(), false, false)]);
    assert!(marks(&svc, &agent, &["--updated"]).is_empty());

    svc.tik(["comment", &key, "-b", "Extinguisher on its way"])
        .token(&agent)
        .run()
        .success();
    assert_eq!(
        marks(&svc, &bob, &["--updated"]),
        [(key.clone(), false, true)]
    );
    let table = svc.tik(["list"]).token(&bob).run().success().stdout;
    let row: Vec<&str> = table.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(&row[..3], [key.as_str(), "updated", "new"], "{table}");

    // An internal note is news to support only.
    svc.tik(["show", &key]).token(&bob).run().success();
    svc.tik(["comment", &key, "--internal", "-b", "Call the fire brigade"])
        .token(&agent)
        .run()
        .success();
    let other_agent = svc.add_user("dan", "agent");
    assert_eq!(marks(&svc, &other_agent, &["--updated"]).len(), 1);
    assert!(
        marks(&svc, &bob, &["--updated"]).is_empty(),
        "nothing bob may see"
    );
    let updated = |token: &str| {
        svc.tik(["show", &key, "--json"])
            .token(token)
            .run()
            .success()
            .json()["updated_at"]
            .clone()
    };
    assert_ne!(
        updated(&bob),
        updated(&agent),
        "nor when support last wrote"
    );
}

#[test]
fn a_ticket_waits_for_its_requester_in_feedback_and_for_its_assignee_otherwise() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let olga = svc.add_member_as("olga", "Acme", "org-admin");
    let carl = svc.add_member("carl", "Acme");
    let key = svc.new_ticket_as(&bob, "VPN drops", &[]);
    svc.tik(["assign", &key, "--me"])
        .token(&agent)
        .run()
        .success();
    assert_eq!(
        marks(&svc, &agent, &["--waiting"]).len(),
        1,
        "the assignee's work"
    );
    assert!(marks(&svc, &bob, &["--waiting"]).is_empty());

    svc.tik(["status", &key, "feedback", "-c", "Which client version?"])
        .token(&agent)
        .run()
        .success();
    assert!(
        marks(&svc, &agent, &["--waiting"]).is_empty(),
        "the ball is with bob"
    );
    assert_eq!(marks(&svc, &bob, &["--waiting"]).len(), 1);
    assert_eq!(marks(&svc, &olga, &["--waiting"]).len(), 1, "his org admin");
    assert!(marks(&svc, &carl, &["--waiting"]).is_empty(), "a colleague");

    // An escalation whose fix waits for confirmation waits for the requester too.
    svc.tik(["comment", &key, "-b", "5.1"])
        .token(&bob)
        .run()
        .success();
    let escalation = svc
        .tik(["escalate", &key, "--reason", "Every site is down"])
        .token(&bob)
        .run()
        .success()
        .stdout
        .trim()
        .to_owned();
    svc.tik(["escalation", "stage", &escalation, "verifying-resolution"])
        .token(&agent)
        .run()
        .success();
    let waiting = marks(&svc, &bob, &["--waiting"]);
    assert_eq!(waiting.len(), 1);
    assert!(waiting[0].1);
}
