//! Who may do what: every role against every action on one organisation's ticket, as one
//! table. A ticket the caller may not see is missing (404), never forbidden: its existence
//! does not leak. One they see but may not act on is forbidden (403).

use serde_json::json;

use crate::harness::{HttpResponse, Service};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Done (2xx), or, for a list, the ticket is listed.
    Allowed,
    /// 404: the caller may not see the ticket; a list leaves it out.
    Hidden,
    /// 403: they see it, but the action is not theirs.
    Forbidden,
}

use Expect::{Allowed, Forbidden, Hidden};

/// The roles, in the columns' order: bob files the tickets.
const ROLES: [&str; 6] = [
    "requester",
    "same-org requester",
    "other-org requester",
    "org admin",
    "agent",
    "admin",
];

/// The table the desk is held to, one row an action.
const MATRIX: &[(&str, [Expect; 6])] = &[
    ("see", [Allowed, Allowed, Hidden, Allowed, Allowed, Allowed]),
    (
        "list",
        [Allowed, Allowed, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "history",
        [Allowed, Allowed, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "comment",
        [Allowed, Allowed, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "internal note",
        [Forbidden, Forbidden, Hidden, Forbidden, Allowed, Allowed],
    ),
    (
        "attach",
        [Allowed, Allowed, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "download",
        [Allowed, Allowed, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "close",
        [Allowed, Forbidden, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "confirm",
        [Forbidden, Forbidden, Hidden, Forbidden, Allowed, Allowed],
    ),
    (
        "assign",
        [Forbidden, Forbidden, Hidden, Forbidden, Allowed, Allowed],
    ),
    (
        "requalify",
        [Forbidden, Forbidden, Hidden, Forbidden, Allowed, Allowed],
    ),
    (
        "give secret",
        [Allowed, Forbidden, Hidden, Allowed, Allowed, Allowed],
    ),
    (
        "read secret",
        [Forbidden, Forbidden, Hidden, Forbidden, Allowed, Allowed],
    ),
    (
        "grant access",
        [Allowed, Forbidden, Hidden, Forbidden, Forbidden, Forbidden],
    ),
    (
        "rate",
        [Allowed, Forbidden, Hidden, Allowed, Forbidden, Forbidden],
    ),
];

struct Desk {
    svc: Service,
    /// Tokens in the order of [`ROLES`].
    tokens: [String; 6],
}

impl Desk {
    fn new() -> Self {
        let svc = Service::start();
        let tokens = [
            svc.add_member("bob", "Acme"),
            svc.add_member("carl", "Acme"),
            svc.add_member("zoe", "Globex"),
            svc.add_member_as("olga", "Acme", "org-admin"),
            svc.add_user("alice", "agent"),
            svc.token.clone(),
        ];
        Self { svc, tokens }
    }

    fn bob(&self) -> &str {
        &self.tokens[0]
    }

    fn request(&self, token: &str, method: &str, path: &str) -> crate::harness::Http {
        self.svc.http(method, path).token(token)
    }

    /// A fresh ticket of bob's, with a file attached and a secret given; closed when asked.
    fn ticket(&self, closed: bool) -> (String, u64) {
        let file = self.svc.write_file("log.txt", "disk full\n");
        let key = self
            .svc
            .tik(["new", "-q", "-t", "Disk full", "--attach"])
            .arg(&file)
            .token(self.bob())
            .run()
            .success()
            .stdout
            .trim()
            .to_owned();
        self.svc
            .tik(["secret", "set", &key])
            .stdin("hunter2\n")
            .token(self.bob())
            .run()
            .success();
        if closed {
            self.svc
                .tik(["close", &key])
                .token(self.bob())
                .run()
                .success();
        }
        let shown = self
            .svc
            .tik(["show", &key, "--json"])
            .token(self.bob())
            .run()
            .success()
            .json();
        (key, shown["attachments"][0]["id"].as_u64().unwrap())
    }

    /// Does `action` on a fresh ticket as the holder of `token`; what came of it.
    fn attempt(&self, action: &str, token: &str) -> Expect {
        let (key, attachment) = self.ticket(action == "rate");
        let ticket = format!("/v1/tickets/{key}");
        let response: HttpResponse = match action {
            "see" => self.request(token, "GET", &ticket).send(),
            "list" => {
                let listed = self
                    .request(token, "GET", "/v1/tickets?status=all")
                    .send()
                    .json();
                let found = listed["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|t| t["key"] == key.as_str());
                return if found { Allowed } else { Hidden };
            }
            "history" => self
                .request(token, "GET", &format!("{ticket}?history=true"))
                .send(),
            "comment" | "internal note" => self
                .request(token, "POST", &format!("{ticket}/comments"))
                .json(&json!({ "body": "noted", "internal": action == "internal note" }))
                .send(),
            "attach" => {
                let file = self.svc.write_file("more.txt", "more\n");
                let run = self.svc.tik(["attach", &key]).arg(&file).token(token).run();
                return match run.code {
                    Some(0) => Allowed,
                    Some(4) => Hidden,
                    Some(3) => Forbidden,
                    other => panic!("attach exited {other:?}: {}", run.stderr),
                };
            }
            "download" => self
                .request(token, "GET", &format!("/v1/attachments/{attachment}"))
                .send(),
            "close" => self
                .request(token, "POST", &format!("{ticket}/status"))
                .json(&json!({ "status": "closed" }))
                .send(),
            "confirm" => self
                .request(token, "POST", &format!("{ticket}/status"))
                .json(&json!({ "status": "confirmed" }))
                .send(),
            "assign" => self
                .request(token, "PATCH", &ticket)
                .json(&json!({ "assignee": "alice" }))
                .send(),
            "requalify" => self
                .request(token, "PATCH", &ticket)
                .json(&json!({ "priority": "critical" }))
                .send(),
            "give secret" => self
                .request(token, "PUT", &format!("{ticket}/secret"))
                .json(&json!({ "secret": "correct horse" }))
                .send(),
            "read secret" => self
                .request(token, "GET", &format!("{ticket}/secret"))
                .send(),
            "grant access" => self
                .request(token, "PUT", &format!("{ticket}/support-access"))
                .json(&json!({ "granted": true }))
                .send(),
            "rate" => self
                .request(token, "POST", &format!("{ticket}/rating"))
                .json(&json!({ "score": 5 }))
                .send(),
            other => panic!("no action {other}"),
        };
        match response.status {
            200..=299 => Allowed,
            404 => Hidden,
            403 => Forbidden,
            status => panic!(
                "{action}: HTTP {status}: {}",
                String::from_utf8_lossy(&response.body)
            ),
        }
    }
}

#[test]
fn every_role_may_do_what_the_desk_says_and_no_more() {
    let desk = Desk::new();
    let mut wrong = Vec::new();
    for (action, expected) in MATRIX {
        for (role, (token, expected)) in ROLES.iter().zip(desk.tokens.iter().zip(expected)) {
            let got = desk.attempt(action, token);
            if got != *expected {
                wrong.push(format!("{role} / {action}: {got:?}, not {expected:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "cells that differ:\n{}", wrong.join("\n"));
}

/// A private ticket is its requester's, their organisation's admin's, and support's alone:
/// to a colleague it does not exist, whatever the command.
#[test]
fn a_private_ticket_is_missing_to_a_colleague_in_every_command() {
    let desk = Desk::new();
    let colleague = &desk.tokens[1];
    let key = desk.svc.new_ticket_as(
        desk.bob(),
        "Salary slip wrong",
        &["--visibility", "private"],
    );
    let file = desk.svc.write_file("note.txt", "x\n");
    for args in [
        vec!["show", key.as_str()],
        vec!["show", key.as_str(), "--history"],
        vec!["comment", key.as_str(), "-b", "me too"],
        vec!["status", key.as_str(), "closed"],
        vec!["close", key.as_str()],
        vec!["edit", key.as_str(), "--title", "x"],
        vec!["escalate", key.as_str(), "--reason", "x"],
        vec!["watchers", "add", key.as_str(), "carl"],
        vec!["access", "grant", key.as_str()],
        vec!["rate", key.as_str(), "5"],
        vec!["secret", "show", key.as_str()],
    ] {
        let err = desk.svc.tik(&args).token(colleague).run().fails(4);
        assert_eq!(err, format!("tik: no ticket {key}"), "{args:?}");
    }
    let err = desk
        .svc
        .tik(["attach", &key])
        .arg(&file)
        .token(colleague)
        .run()
        .fails(4);
    assert!(err.contains("no ticket"), "{err}");
    for token in [&desk.tokens[3], &desk.tokens[4]] {
        desk.svc.tik(["show", &key]).token(token).run().success();
    }
}
