//! Closing by the requester's side, and the satisfaction rating that follows it.

use serde_json::json;

use crate::harness::Service;

#[test]
fn the_requester_rates_a_closed_ticket_once() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let carl = svc.add_member("carl", "Acme");
    let key = svc.new_ticket_as(&bob, "Certificate expired", &[]);
    let err = svc.tik(["rate", &key, "5"]).token(&bob).run().fails(1);
    assert_eq!(
        err,
        format!("tik: {key} is new; a ticket is rated once it is closed")
    );
    svc.tik(["status", &key, "resolved", "-c", "Renewed"])
        .token(&agent)
        .run()
        .success();
    svc.tik(["rate", &key, "5"]).token(&bob).run().fails(1);
    svc.tik(["close", &key]).token(&bob).run().success();

    let err = svc.tik(["rate", &key, "4"]).token(&agent).run().fails(3);
    assert!(err.contains("only the requester"), "{err}");
    let err = svc.tik(["rate", &key, "4"]).token(&carl).run().fails(3);
    assert!(err.contains("only the requester"), "{err}");
    for bad in ["0", "6", "five"] {
        svc.tik(["rate", &key, bad]).token(&bob).run().fails(2);
    }
    let rated = svc
        .tik([
            "rate",
            &key,
            "4",
            "--remark",
            "Quick, but tell us sooner next time",
        ])
        .token(&bob)
        .run()
        .success();
    assert_eq!(rated.stdout.trim(), format!("Rated {key} 4/5"));
    let err = svc.tik(["rate", &key, "5"]).token(&bob).run().fails(1);
    assert!(err.contains("already rated"), "{err}");

    let shown = svc
        .tik(["show", &key, "--json"])
        .token(&agent)
        .run()
        .success()
        .json();
    assert_eq!(shown["rating"]["score"], 4);
    assert_eq!(
        shown["rating"]["remark"],
        "Quick, but tell us sooner next time"
    );
    assert_eq!(shown["rating"]["rated_by"], "bob");
    let text = svc.tik(["show", &key]).token(&agent).run().success().stdout;
    assert!(text.contains("Rating  4/5, by bob"), "{text}");
    assert!(
        text.contains("  Quick, but tell us sooner next time"),
        "{text}"
    );
}

#[test]
fn an_organisation_admin_closes_and_rates_a_colleagues_ticket() {
    let svc = Service::start();
    let bob = svc.add_member("bob", "Acme");
    let olga = svc.add_member_as("olga", "Acme", "org-admin");
    let key = svc.new_ticket_as(&bob, "Old request", &["--visibility", "private"]);
    svc.tik(["close", &key, "--resolution", "suspended"])
        .token(&olga)
        .run()
        .success();
    svc.tik(["rate", &key, "3"]).token(&olga).run().success();
    let shown = svc
        .tik(["show", &key, "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    assert_eq!(shown["rating"]["rated_by"], "olga");
    assert_eq!(shown["resolution"], "suspended");
}

#[test]
fn support_access_is_the_requesters_to_grant_and_revoke() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let olga = svc.add_member_as("olga", "Acme", "org-admin");
    let key = svc.new_ticket_as(&bob, "Mailbox full", &[]);
    for token in [&agent, &olga] {
        let err = svc
            .tik(["access", "grant", &key])
            .token(token)
            .run()
            .fails(3);
        assert!(err.contains("only the requester"), "{err}");
    }
    let granted = svc
        .tik(["access", "grant", &key])
        .token(&bob)
        .run()
        .success();
    assert_eq!(
        granted.stdout.trim(),
        format!("Support may log in as you for {key}")
    );
    let listed = svc
        .tik(["list", "--json"])
        .token(&agent)
        .run()
        .success()
        .json();
    assert_eq!(listed[0]["support_access"], true);
    let text = svc.tik(["show", &key]).token(&agent).run().success().stdout;
    assert!(
        text.contains("access:     granted: support may log in as the requester"),
        "{text}"
    );
    svc.tik(["access", "revoke", &key])
        .token(&bob)
        .run()
        .success();
    let shown = svc
        .tik(["show", &key, "--json", "--history"])
        .token(&agent)
        .run()
        .success()
        .json();
    assert_eq!(shown["support_access"], false);
    let changes: Vec<_> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "support-access")
        .map(|e| (e["actor"].clone(), e["changes"][0].clone()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                json!("bob"),
                json!({ "field": "support_access", "from": "revoked", "to": "granted" })
            ),
            (
                json!("bob"),
                json!({ "field": "support_access", "from": "granted", "to": "revoked" })
            ),
        ]
    );
}
