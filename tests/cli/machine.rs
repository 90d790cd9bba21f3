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
