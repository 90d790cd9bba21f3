//! Watchers (CC), related tickets, and a new ticket made from an old one's report.

use serde_json::json;

use crate::harness::Service;

#[test]
fn watchers_see_the_ticket_as_its_requester_does_until_they_leave() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let carl = svc.add_member("carl", "Acme");
    let zoe = svc.add_member("zoe", "Globex");
    let key = svc
        .tik([
            "new",
            "-q",
            "-t",
            "Payroll export fails",
            "--visibility",
            "private",
        ])
        .args(["--cc", "carl"])
        .token(&bob)
        .run()
        .success()
        .stdout
        .trim()
        .to_owned();
    let shown = svc
        .tik(["show", &key, "--json"])
        .token(&carl)
        .run()
        .success()
        .json();
    assert_eq!(shown["watchers"], json!(["carl"]));
    svc.tik(["comment", &key, "-b", "Same here"])
        .token(&carl)
        .run()
        .success();

    // A requester adds people of their organisation; support adds anyone.
    let err = svc
        .tik(["watchers", "add", &key, "zoe"])
        .token(&bob)
        .run()
        .fails(3);
    assert!(err.contains("zoe is not of your organisation"), "{err}");
    svc.tik(["show", &key]).token(&zoe).run().fails(4);
    let added = svc
        .tik(["watchers", "add", &key, "zoe"])
        .token(&agent)
        .run()
        .success();
    assert_eq!(added.stdout.trim(), format!("zoe watches {key}"));
    svc.tik(["show", &key]).token(&zoe).run().success();
    let listed = svc
        .tik(["list", "--json"])
        .token(&zoe)
        .run()
        .success()
        .json();
    assert_eq!(listed[0]["key"], key.as_str());
    let text = svc.tik(["show", &key]).token(&zoe).run().success().stdout;
    assert!(text.contains("watchers:   carl, zoe"), "{text}");

    // Watchers may leave; others may not remove them, but the requester may.
    let err = svc
        .tik(["watchers", "remove", &key, "carl"])
        .token(&zoe)
        .run()
        .fails(3);
    assert!(err.contains("only the requester or an agent"), "{err}");
    svc.tik(["watchers", "remove", &key, "zoe"])
        .token(&zoe)
        .run()
        .success();
    svc.tik(["show", &key]).token(&zoe).run().fails(4);
    svc.tik(["watchers", "rm", &key, "carl"])
        .token(&bob)
        .run()
        .success();
    svc.tik(["watchers", "rm", &key, "carl"])
        .token(&bob)
        .run()
        .fails(4);
    let history = svc
        .tik(["show", &key, "--json", "--history"])
        .token(&bob)
        .run()
        .success()
        .json()["history"]
        .clone();
    let kinds: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "created",
            "commented",
            "watcher-added",
            "watcher-removed",
            "watcher-removed"
        ]
    );
}

#[test]
fn a_watcher_is_a_user_the_filer_may_add() {
    let svc = Service::start();
    let bob = svc.add_member("bob", "Acme");
    svc.add_member("carl", "Acme");
    svc.add_member("zoe", "Globex");
    svc.add_user("alice", "agent");
    let err = svc
        .tik(["new", "-t", "x", "--cc", "nobody"])
        .token(&bob)
        .run()
        .fails(2);
    assert!(err.contains("no user 'nobody'"), "{err}");
    let err = svc
        .tik(["new", "-t", "x", "--cc", "carl", "--cc", "zoe"])
        .token(&bob)
        .run()
        .fails(3);
    assert!(err.contains("zoe is not of your organisation"), "{err}");
    let listed = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(listed, serde_json::json!([]), "nothing half made");
    // A colleague, or support (who sees every ticket anyway); support adds anyone.
    let key = svc.new_ticket_as(&bob, "VPN", &["--cc", "carl", "--cc", "alice"]);
    let shown = svc.tik(["show", &key, "--json"]).run().success().json();
    assert_eq!(shown["watchers"], serde_json::json!(["alice", "carl"]));
    svc.tik(["new", "-t", "For Globex", "--cc", "zoe"])
        .run()
        .success();
}

#[test]
fn related_tickets_are_linked_both_ways_by_support() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let first = svc.new_ticket("Mail bounces");
    let second = svc.new_ticket("DNS record missing");
    let linked = svc.tik(["link", &first, "2"]).token(&agent).run().success();
    assert_eq!(linked.stdout.trim(), format!("Linked {first} and {second}"));
    for (key, other) in [(&first, &second), (&second, &first)] {
        let shown = svc.tik(["show", key, "--json"]).run().success().json();
        assert_eq!(shown["related"], json!([other]));
    }
    let text = svc.tik(["show", &first]).run().success().stdout;
    assert!(text.contains(&format!("related:    {second}")), "{text}");
    // A link to what the caller may not see is not shown to them.
    let own = svc.new_ticket_as(&bob, "Mine", &[]);
    svc.tik(["link", &own, &first])
        .token(&agent)
        .run()
        .success();
    let mine = svc
        .tik(["show", &own, "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    assert_eq!(mine["related"], json!([]));
    let err = svc.tik(["link", &own, &first]).token(&bob).run().fails(4);
    assert!(err.contains("no ticket"), "{err}");
    let err = svc.tik(["unlink", &own, &own]).token(&agent).run().fails(2);
    assert!(err.contains("not related to itself"), "{err}");

    svc.tik(["unlink", &first, &second])
        .token(&agent)
        .run()
        .success();
    let shown = svc.tik(["show", &second, "--json"]).run().success().json();
    assert_eq!(shown["related"], json!([]));
    svc.tik(["unlink", &first, &second])
        .token(&agent)
        .run()
        .fails(4);
}

#[test]
fn new_from_keeps_the_report_and_leaves_the_original_alone() {
    let svc = Service::start();
    let original = svc
        .tik([
            "new",
            "-q",
            "-t",
            "Backups fail",
            "-b",
            "rsync exits 23 at 02:00",
        ])
        .args([
            "--priority",
            "high",
            "--type",
            "incident",
            "--service",
            "cloud",
            "--category",
            "3.4",
        ])
        .run()
        .success()
        .stdout
        .trim()
        .to_owned();
    let before = svc
        .tik(["show", &original, "--json"])
        .run()
        .success()
        .json();
    let copy = svc
        .tik([
            "new",
            "--from",
            &original,
            "-t",
            "Backups fail on the second site",
            "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(copy["title"], "Backups fail on the second site");
    for field in [
        "description",
        "priority",
        "type",
        "service",
        "category",
        "department",
    ] {
        assert_eq!(copy[field], before[field], "{field}");
    }
    assert_eq!(copy["channel"], "cli");
    let after = svc
        .tik(["show", &original, "--json"])
        .run()
        .success()
        .json();
    assert_eq!(after["version"], before["version"]);
    assert_eq!(after["title"], "Backups fail");
    svc.tik(["new", "--from", "CS-99"]).run().fails(4);
}

#[test]
fn the_channel_is_cli_from_the_cli_api_from_plain_http_and_as_told() {
    let svc = Service::start();
    let phoned = svc
        .tik(["new", "-t", "Called in", "--channel", "phone", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(phoned["channel"], "phone");
    let plain = svc
        .http("POST", "/v1/tickets")
        .json(&json!({ "title": "Over HTTP" }))
        .send()
        .json();
    assert_eq!(plain["channel"], "api");
    let table = svc.tik(["list"]).run().success().stdout;
    assert!(table.lines().next().unwrap().contains("CHANNEL"), "{table}");
    assert!(table.contains(" api "), "{table}");
    assert!(table.contains(" phone "), "{table}");
}
