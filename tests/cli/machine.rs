//! Output for programs: `--jq`, a jq filter over any command's JSON.

use crate::harness::Service;

#[test]
fn jq_filters_any_commands_json_and_prints_strings_raw() {
    let svc = Service::start();
    svc.new_ticket("Printer on fire");
    svc.new_ticket("Disk full");
    let keys = svc.tik(["list", "--jq", ".[].key"]).run().success();
    assert_eq!(keys.stdout, "CS-2\nCS-1\n");
    let status = svc.tik(["show", "CS-1", "--jq", ".status"]).run().success();
    assert_eq!(status.stdout, "new\n");
    let counted = svc
        .tik([
            "list",
            "--jq",
            "map(select(.title | test(\"Disk\"))) | length",
        ])
        .run()
        .success();
    assert_eq!(counted.stdout, "1\n");
    let made = svc
        .tik(["new", "-t", "Nightly failed", "--jq", "{key, status}"])
        .run()
        .success();
    assert_eq!(made.stdout, "{\"key\":\"CS-3\",\"status\":\"new\"}\n");
}

#[test]
fn a_jq_mistake_exits_2_before_the_command_changes_anything() {
    let svc = Service::start();
    let err = svc
        .tik(["new", "-t", "Printer on fire", "--jq", ".["])
        .run()
        .fails(2);
    assert!(err.starts_with("tik: --jq '.[' does not parse"), "{err}");
    let err = svc
        .tik(["new", "-t", "Printer on fire", "--jq", "nosuch"])
        .run()
        .fails(2);
    assert!(err.contains("filter nosuch"), "{err}");
    let listed = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(listed, serde_json::json!([]), "no ticket was made");
}

#[test]
fn tik_api_sends_any_request_with_the_configured_host_and_token() {
    let svc = Service::start();
    svc.new_ticket("Printer on fire");
    let role = svc.tik(["api", "/me", "--jq", ".role"]).run().success();
    assert_eq!(role.stdout, "admin\n");
    let page = svc
        .tik(["api", "GET", "tickets", "-f", "status=all", "-F", "limit=1"])
        .run()
        .success()
        .json();
    assert_eq!(page["items"][0]["key"], "CS-1");
    let comment = svc
        .tik([
            "api",
            "POST",
            "/v1/tickets/CS-1/comments",
            "-f",
            "body=Deployed the fix",
        ])
        .run()
        .success()
        .json();
    assert_eq!(comment["body"], "Deployed the fix");
    let edited = svc
        .tik(["api", "PATCH", "/tickets/CS-1", "-f", "priority=urgent"])
        .run()
        .success()
        .json();
    assert_eq!(edited["priority"], "urgent");

    // Errors exit as any command's do.
    let missing = svc.tik(["api", "/tickets/CS-99"]).run().fails(4);
    assert!(missing.contains("CS-99"), "{missing}");
    svc.tik(["api", "FETCH", "/tickets"]).run().fails(2);
    svc.tik(["api", "http://example.com/v1/me"]).run().fails(2);
    svc.tik(["api", "/me"]).token("tik_nope").run().fails(3);
}

#[test]
fn tik_api_paginates_into_one_array_or_json_lines() {
    let svc = Service::start();
    for n in 1..=5 {
        svc.new_ticket(&format!("Ticket {n}"));
    }
    let all = svc
        .tik(["api", "/tickets", "-F", "limit=2", "--paginate"])
        .run()
        .success()
        .json();
    let keys: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["CS-5", "CS-4", "CS-3", "CS-2", "CS-1"]);
    let lines = svc
        .tik(["api", "/tickets", "-F", "limit=2", "--paginate", "--jsonl"])
        .run()
        .success();
    assert_eq!(lines.stdout.lines().count(), 5, "{}", lines.stdout);
    assert!(
        lines.stdout.lines().all(|l| l.starts_with("{\"")),
        "{}",
        lines.stdout
    );
    svc.tik(["api", "/me", "--paginate"]).run().fails(2);
}

#[test]
fn json_with_fields_keeps_only_those() {
    let svc = Service::start();
    svc.new_ticket("Printer on fire");
    let listed = svc.tik(["list", "--json=key,title"]).run().success().json();
    assert_eq!(
        listed,
        serde_json::json!([{"key": "CS-1", "title": "Printer on fire"}])
    );
    let shown = svc
        .tik(["show", "--json=status,assignee", "CS-1"])
        .run()
        .success()
        .json();
    assert_eq!(
        shown,
        serde_json::json!({"status": "new", "assignee": null})
    );
    // Bare --json takes no value from the next word: it stays the key.
    let whole = svc.tik(["show", "--json", "CS-1"]).run().success().json();
    assert_eq!(whole["key"], "CS-1");
}
