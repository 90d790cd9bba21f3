//! The workflow: every transition for every role, the requester's answer to feedback, the
//! `status`, `assign` and `edit` commands, internal notes, and the history they leave.

use serde_json::{Value, json};

use crate::harness::Service;

const STATUSES: [&str; 7] = [
    "new",
    "feedback",
    "confirmed",
    "assigned",
    "escalated",
    "resolved",
    "closed",
];

/// The workflow as the reference desks describe it, written out here on its own so the
/// service's table is checked against it, not against itself: (from, to) pairs.
const SUPPORT_MAY: &[(&str, &str)] = &[
    ("new", "feedback"),
    ("new", "confirmed"),
    ("new", "assigned"),
    ("new", "resolved"),
    ("new", "closed"),
    ("feedback", "confirmed"),
    ("feedback", "assigned"),
    ("feedback", "resolved"),
    ("feedback", "closed"),
    ("confirmed", "feedback"),
    ("confirmed", "assigned"),
    ("confirmed", "resolved"),
    ("confirmed", "closed"),
    ("assigned", "new"),
    ("assigned", "feedback"),
    ("assigned", "resolved"),
    ("assigned", "closed"),
    ("escalated", "feedback"),
    ("escalated", "assigned"),
    ("escalated", "resolved"),
    ("escalated", "closed"),
    ("resolved", "new"),
    ("resolved", "assigned"),
    ("resolved", "closed"),
    ("closed", "new"),
    ("closed", "assigned"),
];

/// The requester (and their organisation's admin) close, confirm a resolution by closing it,
/// and reopen; support does the rest.
const REQUESTER_MAY: &[(&str, &str)] = &[
    ("new", "closed"),
    ("feedback", "closed"),
    ("confirmed", "closed"),
    ("assigned", "closed"),
    ("escalated", "closed"),
    ("resolved", "new"),
    ("resolved", "assigned"),
    ("resolved", "closed"),
    ("closed", "new"),
    ("closed", "assigned"),
];

struct Desk {
    svc: Service,
    agent: String,
    requester: String,
    org_admin: String,
    colleague: String,
}

fn desk() -> Desk {
    let svc = Service::start();
    Desk {
        agent: svc.add_user("alice", "agent"),
        requester: svc.add_member("bob", "Acme"),
        org_admin: svc.add_member_as("olga", "Acme", "org-admin"),
        colleague: svc.add_member("carl", "Acme"),
        svc,
    }
}

impl Desk {
    /// A ticket of bob's, brought to `status` by the agent; its key.
    fn ticket_in(&self, status: &str) -> String {
        let created = self
            .svc
            .http("POST", "/v1/tickets")
            .token(&self.requester)
            .json(&json!({ "title": format!("In {status}") }))
            .send();
        assert_eq!(created.status, 201);
        let key = created.json()["key"].as_str().unwrap().to_owned();
        let as_agent = |method: &str, path: &str, body: Value| {
            let response = self
                .svc
                .http(method, &format!("/v1/tickets/{key}{path}"))
                .token(&self.agent)
                .json(&body)
                .send();
            assert!(
                response.status < 300,
                "{status}: {}",
                String::from_utf8_lossy(&response.body)
            );
        };
        match status {
            "new" => {}
            "assigned" => as_agent("PATCH", "", json!({ "assignee": "alice" })),
            "escalated" => as_agent("POST", "/escalations", json!({ "reason": "urgent" })),
            other => as_agent("POST", "/status", json!({ "status": other })),
        }
        key
    }
}

#[test]
fn every_transition_is_allowed_or_refused_as_the_workflow_says_for_each_role() {
    let desk = desk();
    let roles = [
        ("requester", &desk.requester, REQUESTER_MAY),
        ("org admin", &desk.org_admin, REQUESTER_MAY),
        ("colleague", &desk.colleague, &[][..]),
        ("agent", &desk.agent, SUPPORT_MAY),
        ("admin", &desk.svc.token, SUPPORT_MAY),
    ];
    for from in STATUSES {
        for to in STATUSES
            .iter()
            .filter(|to| **to != from && **to != "escalated")
        {
            for (role, token, may) in &roles {
                let key = desk.ticket_in(from);
                let response = desk
                    .svc
                    .http("POST", &format!("/v1/tickets/{key}/status"))
                    .token(token)
                    .json(&json!({ "status": to }))
                    .send();
                let allowed = may.contains(&(from, to));
                // Only a ticket that has an assignee can be `assigned`.
                let has_assignee = from == "assigned";
                let expected = match (allowed, *to) {
                    (false, _) => 403,
                    (true, "assigned") if !has_assignee => 409,
                    (true, _) => 200,
                };
                assert_eq!(
                    response.status,
                    expected,
                    "{role}: {from} → {to}: {}",
                    String::from_utf8_lossy(&response.body)
                );
                if expected == 200 {
                    assert_eq!(response.json()["status"], *to, "{role}: {from} → {to}");
                }
            }
        }
    }
}

#[test]
fn the_requester_and_support_escalate_and_onlookers_do_not() {
    let desk = desk();
    for (token, expected) in [
        (&desk.colleague, 403),
        (&desk.requester, 201),
        (&desk.org_admin, 201),
        (&desk.agent, 201),
    ] {
        let key = desk.ticket_in("new");
        let response = desk
            .svc
            .http("POST", &format!("/v1/tickets/{key}/escalations"))
            .token(token)
            .json(&json!({ "reason": "blocking" }))
            .send();
        assert_eq!(response.status, expected);
    }
}

#[test]
fn a_forbidden_transition_exits_3_and_names_the_allowed_ones() {
    let desk = desk();
    let key = desk.ticket_in("new");
    let err = desk
        .svc
        .tik(["status", &key, "resolved"])
        .token(&desk.requester)
        .run()
        .fails(3);
    assert!(
        err.contains("you may move it to escalated, closed"),
        "{err}"
    );
    let err = desk
        .svc
        .tik(["status", &key, "confirmed"])
        .token(&desk.colleague)
        .run()
        .fails(3);
    assert!(err.contains("you may not change its status"), "{err}");
    let err = desk
        .svc
        .tik(["status", &key, "new"])
        .token(&desk.agent)
        .run()
        .fails(1);
    assert!(err.contains("already new"), "{err}");
    let err = desk.svc.tik(["status", &key, "bogus"]).run().fails(2);
    assert!(err.contains("expected one of new, feedback"), "{err}");
}

#[test]
fn show_lists_the_transitions_the_caller_may_make() {
    let desk = desk();
    let key = desk.ticket_in("new");
    let shown = desk
        .svc
        .tik(["show", &key, "--json"])
        .token(&desk.requester)
        .run()
        .success()
        .json();
    assert_eq!(shown["transitions"], json!(["escalated", "closed"]));
    let text = desk
        .svc
        .tik(["show", &key])
        .token(&desk.agent)
        .run()
        .success()
        .stdout;
    assert!(
        text.contains("next:       feedback, confirmed, assigned, escalated, resolved, closed"),
        "{text}"
    );
    let colleague = desk
        .svc
        .tik(["show", &key, "--json"])
        .token(&desk.colleague)
        .run()
        .success()
        .json();
    assert_eq!(colleague["transitions"], json!([]));
}

#[test]
fn a_requesters_comment_answers_feedback_and_sends_the_ticket_back() {
    let desk = desk();
    let key = desk.ticket_in("new");
    let agent = |args: &[&str]| desk.svc.tik(args).token(&desk.agent).run().success();
    let bob = |args: &[&str]| desk.svc.tik(args).token(&desk.requester).run();
    agent(&["assign", &key, "--me"]);
    let asked = agent(&[
        "status",
        &key,
        "feedback",
        "-c",
        "Which version do you run?",
    ]);
    assert_eq!(asked.stdout.trim(), format!("Moved {key} to feedback"));

    let waiting = bob(&["list", "--waiting", "--json"]).success().json();
    assert_eq!(waiting[0]["key"], key.as_str());
    assert_eq!(waiting[0]["waiting_for_you"], true);

    // An internal note is support's: it answers nothing.
    agent(&[
        "comment",
        &key,
        "--internal",
        "-b",
        "He runs 2.3, see the CRM",
    ]);
    bob(&["comment", &key, "-b", "2.4.1"]).success();
    let shown = bob(&["show", &key, "--json", "--history"]).success().json();
    assert_eq!(shown["status"], "assigned");
    assert_eq!(shown["assignee"], "alice");
    assert_eq!(shown["waiting_for_you"], false);
    let answered = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "commented" && e["actor"] == "bob")
        .expect("the answer is in the history");
    assert_eq!(
        answered["changes"],
        json!([{ "field": "status", "from": "feedback", "to": "assigned" }])
    );
}

#[test]
fn internal_notes_never_reach_the_requesters_side() {
    let desk = desk();
    let key = desk.ticket_in("new");
    desk.svc
        .tik([
            "comment",
            &key,
            "--internal",
            "-b",
            "Customer is on the old plan",
        ])
        .token(&desk.agent)
        .run()
        .success();
    let err = desk
        .svc
        .tik(["comment", &key, "--internal", "-b", "sneaky"])
        .token(&desk.requester)
        .run()
        .fails(3);
    assert!(
        err.contains("only an agent may write an internal note"),
        "{err}"
    );
    for token in [&desk.requester, &desk.org_admin, &desk.colleague] {
        let shown = desk
            .svc
            .tik(["show", &key, "--json", "--history"])
            .token(token)
            .run()
            .success();
        assert!(!shown.stdout.contains("old plan"), "{}", shown.stdout);
        let history = shown.json()["history"].clone();
        assert!(
            history
                .as_array()
                .unwrap()
                .iter()
                .all(|e| e["kind"] != "commented"),
            "{history}"
        );
        let text = desk
            .svc
            .tik(["show", &key, "--history"])
            .token(token)
            .run()
            .success()
            .stdout;
        assert!(
            !text.contains("old plan") && !text.contains("commented"),
            "{text}"
        );
    }
    let staff = desk
        .svc
        .tik(["show", &key, "--history"])
        .token(&desk.agent)
        .run()
        .success()
        .stdout;
    assert!(staff.contains("Customer is on the old plan"), "{staff}");
    assert!(staff.contains("alice  commented (comment 1)"), "{staff}");
}

#[test]
fn assign_takes_a_user_me_or_none_and_is_for_agents() {
    let desk = desk();
    let key = desk.ticket_in("new");
    let run = |token: &str, args: &[&str]| desk.svc.tik(args).token(token).run();
    let assigned = run(&desk.agent, &["assign", &key, "--me"]).success();
    assert_eq!(
        assigned.stdout.trim(),
        format!("Assigned {key} to alice (status assigned)")
    );
    let none = run(&desk.agent, &["assign", &key, "--none"]).success();
    assert_eq!(none.stdout.trim(), format!("Unassigned {key} (status new)"));
    let err = run(&desk.requester, &["assign", &key, "alice"]).fails(3);
    assert!(err.contains("only an agent may assign"), "{err}");
    let err = run(&desk.agent, &["assign", &key, "bob"]).fails(2);
    assert!(err.contains("bob is a requester"), "{err}");
    let err = run(&desk.agent, &["assign", &key]).fails(2);
    assert!(err.contains("needs"), "{err}");
    let history = run(&desk.agent, &["show", &key, "--json", "--history"])
        .success()
        .json()["history"]
        .clone();
    let assignments: Vec<&Value> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "assigned")
        .collect();
    assert_eq!(
        assignments[0]["changes"],
        json!([
            { "field": "assignee", "to": "alice" },
            { "field": "status", "from": "new", "to": "assigned" }
        ])
    );
    assert_eq!(
        assignments[1]["changes"],
        json!([
            { "field": "assignee", "from": "alice" },
            { "field": "status", "from": "assigned", "to": "new" }
        ])
    );
}

#[test]
fn edit_changes_fields_and_requalifying_is_for_agents() {
    let desk = desk();
    let key = desk.ticket_in("new");
    let run = |token: &str, args: &[&str]| desk.svc.tik(args).token(token).run();
    let changed = run(
        &desk.requester,
        &[
            "edit",
            &key,
            "--title",
            "Disk full on every agent",
            "--visibility",
            "private",
        ],
    )
    .success();
    assert_eq!(changed.stdout.trim(), format!("Changed {key}"));
    let err = run(&desk.requester, &["edit", &key, "--priority", "critical"]).fails(3);
    assert!(
        err.contains("only an agent may requalify a ticket (priority)"),
        "{err}"
    );
    let err = run(&desk.colleague, &["edit", &key, "--title", "mine now"]).fails(4);
    assert!(err.contains("no ticket"), "{err}");
    run(
        &desk.agent,
        &[
            "edit",
            &key,
            "--priority",
            "urgent",
            "--type",
            "incident",
            "--category",
            "3.2",
        ],
    )
    .success();
    let err = run(&desk.agent, &["edit", &key]).fails(2);
    assert!(err.contains("nothing to change"), "{err}");
    let err = run(&desk.agent, &["edit", &key, "--priority", "bogus"]).fails(2);
    assert!(err.contains("expected one of normal, medium"), "{err}");

    let shown = run(&desk.agent, &["show", &key, "--json", "--history"])
        .success()
        .json();
    assert_eq!(shown["title"], "Disk full on every agent");
    assert_eq!(shown["priority"], "urgent");
    assert_eq!(shown["category"], "3.2");
    let history: Vec<&Value> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "updated")
        .collect();
    assert_eq!(history[0]["actor"], "bob");
    assert_eq!(
        history[0]["changes"],
        json!([
            { "field": "title", "from": "In new", "to": "Disk full on every agent" },
            { "field": "visibility", "from": "organisation", "to": "private" }
        ])
    );
    assert_eq!(history[1]["actor"], "alice");
    assert_eq!(
        history[1]["changes"][0],
        json!({ "field": "type", "from": "question", "to": "incident" })
    );
    let text = run(&desk.agent, &["show", &key, "--history"])
        .success()
        .stdout;
    assert!(
        text.contains("bob    updated: title: In new → Disk full on every agent; visibility: organisation → private"),
        "{text}"
    );
}

#[test]
fn closing_a_resolved_ticket_confirms_the_resolution_support_gave() {
    let desk = desk();
    let original = desk.ticket_in("new");
    let key = desk.ticket_in("new");
    desk.svc
        .tik([
            "status",
            &key,
            "resolved",
            "--resolution",
            "duplicate",
            "--duplicate-of",
            &original,
        ])
        .token(&desk.agent)
        .run()
        .success();
    let closed = desk
        .svc
        .tik(["close", &key])
        .token(&desk.requester)
        .run()
        .success();
    assert_eq!(closed.stdout.trim(), format!("Closed {key} (duplicate)"));
    let shown = desk
        .svc
        .tik(["show", &key, "--json"])
        .run()
        .success()
        .json();
    assert_eq!(shown["duplicate_of"], original.as_str());
    // Named, a resolution is the one given.
    let other = desk.ticket_in("resolved");
    desk.svc
        .tik(["close", &other, "--resolution", "wont-fix"])
        .token(&desk.requester)
        .run()
        .success();
    let shown = desk
        .svc
        .tik(["show", &other, "--json"])
        .run()
        .success()
        .json();
    assert_eq!(shown["resolution"], "wont-fix");
}
