//! `--format`, `--columns` and `--no-headers` on every command that prints data, and lists
//! that stream page by page (`--limit 0` for all).

use crate::harness::{Service, create_tickets};

/// Two tickets whose titles would break a naive csv or tsv: a comma, quotes, a backslash.
fn service_with_awkward_titles() -> Service {
    let svc = Service::start();
    svc.new_ticket("Disk full, again");
    svc.new_ticket(r#"Say "hello" to C:\temp"#);
    svc
}

#[test]
fn lists_print_as_csv_tsv_jsonl_and_plain_with_the_columns_asked_for() {
    let svc = service_with_awkward_titles();
    let columns = ["--columns", "key,title,status,assignee"];
    let csv = svc
        .tik(["list", "--format", "csv"])
        .args(columns)
        .run()
        .success();
    assert_eq!(
        csv.stdout,
        "key,title,status,assignee\n\
         CS-2,\"Say \"\"hello\"\" to C:\\temp\",new,\n\
         CS-1,\"Disk full, again\",new,\n"
    );
    let tsv = svc
        .tik(["list", "--format", "tsv", "--no-headers"])
        .args(columns)
        .run()
        .success();
    assert_eq!(
        tsv.stdout,
        "CS-2\tSay \"hello\" to C:\\\\temp\tnew\t\nCS-1\tDisk full, again\tnew\t\n"
    );
    let jsonl = svc
        .tik(["list", "--format", "jsonl", "--columns", "status,key"])
        .run()
        .success();
    assert_eq!(
        jsonl.stdout,
        "{\"status\":\"new\",\"key\":\"CS-2\"}\n{\"status\":\"new\",\"key\":\"CS-1\"}\n",
        "one ticket a line, its fields in the order asked"
    );
    let plain = svc
        .tik(["list", "--format", "plain", "--columns", "key,department"])
        .run()
        .success();
    assert_eq!(
        plain.stdout,
        "KEY   DEPARTMENT\nCS-2  technical-support\nCS-1  technical-support\n"
    );
    let bare = svc
        .tik(["list", "--columns", "key", "--no-headers"])
        .run()
        .success();
    assert_eq!(bare.stdout, "CS-2\nCS-1\n");
}

#[test]
fn times_in_csv_are_exact_and_every_default_column_is_named_as_in_the_json() {
    let svc = service_with_awkward_titles();
    let csv = svc.tik(["list", "--format", "csv"]).run().success();
    let mut lines = csv.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("key,mark,status,priority,type,title,channel,assignee,updated_at")
    );
    let json = svc.tik(["list", "--json"]).run().success().json();
    let first = lines.next().expect("a row");
    let updated = json[0]["updated_at"].as_str().unwrap();
    let updated = chrono::DateTime::parse_from_rfc3339(updated).unwrap();
    assert!(
        first.ends_with(
            &updated
                .to_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        ),
        "{first}"
    );
}

#[test]
fn every_command_that_prints_data_takes_the_formats() {
    let svc = service_with_awkward_titles();
    let shown = svc
        .tik(["show", "CS-1", "--format", "tsv", "--columns", "key,title"])
        .run()
        .success();
    assert_eq!(shown.stdout, "key\ttitle\nCS-1\tDisk full, again\n");
    let made = svc
        .tik([
            "new",
            "-t",
            "Nightly failed",
            "--format",
            "csv",
            "--columns",
            "key,status",
        ])
        .run()
        .success();
    assert_eq!(made.stdout, "key,status\nCS-3,new\n");
    let commented = svc
        .tik(["comment", "CS-3", "-b", "Seen again", "--format", "jsonl"])
        .run()
        .success()
        .json();
    assert_eq!(commented["body"], "Seen again");
    let catalogue = svc
        .tik(["catalog", "--format", "csv", "--columns", "kind,name"])
        .run()
        .success();
    assert!(
        catalogue.stdout.starts_with("kind,name\npriority,"),
        "{}",
        catalogue.stdout
    );
    assert!(
        catalogue.stdout.contains("\ntype,incident\n"),
        "{}",
        catalogue.stdout
    );
    let me = svc.tik([
        "whoami",
        "--format",
        "tsv",
        "--no-headers",
        "--columns",
        "name,role",
    ]);
    assert_eq!(me.run().success().stdout, "admin\tadmin\n");
    let tokens = svc
        .tik([
            "auth",
            "tokens",
            "--format",
            "csv",
            "--columns",
            "name,scopes",
        ])
        .run()
        .success();
    assert_eq!(
        tokens.stdout,
        "name,scopes\nbootstrap,\"read,write,admin\"\n"
    );
}

#[test]
fn a_format_mistake_exits_2_before_the_command_changes_anything() {
    let svc = Service::start();
    for (args, said) in [
        (
            &["--format", "yaml"][..],
            "tik: invalid value 'yaml' for --format",
        ),
        (
            &["--json", "--format", "csv"],
            "tik: --json and --format csv ask for two formats: give one",
        ),
        (
            &["--format", "tsv", "--jq", ".key"],
            "tik: --jq filters JSON: it goes with --format json or jsonl, not tsv",
        ),
        (
            &["--json=key", "--columns", "key"],
            "tik: --json=FIELDS and --columns both choose fields: give one",
        ),
        (&["--columns", ","], "tik: --columns names no column"),
    ] {
        let err = svc
            .tik(["new", "-t", "Printer on fire"])
            .args(args)
            .run()
            .fails(2);
        assert!(err.starts_with(said), "{args:?}: {err}");
    }
    let err = svc.tik(["list", "--columns", "key,colour"]).run().fails(2);
    assert!(
        err.starts_with("tik: no ticket column 'colour': the columns are key, mark, status"),
        "{err}"
    );
    let listed = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success();
    assert_eq!(listed.json(), serde_json::json!([]), "no ticket was made");
}

#[test]
fn limit_0_streams_every_ticket_newest_first_in_each_format() {
    let svc = Service::start();
    create_tickets(&svc, 230, |i| format!("ticket {i}"));
    let expected: Vec<String> = (1..=230).rev().map(|n| format!("CS-{n}")).collect();

    let jsonl = svc
        .tik([
            "list", "--status", "all", "--limit", "0", "--format", "jsonl",
        ])
        .run()
        .success();
    let keys: Vec<String> = jsonl
        .stdout
        .lines()
        .map(|line| {
            let ticket: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            ticket["key"].as_str().expect("a key").to_owned()
        })
        .collect();
    assert_eq!(
        keys, expected,
        "every ticket once, newest first, across three pages"
    );

    let json = svc
        .tik(["list", "--limit", "0", "--format", "json"])
        .run()
        .success()
        .json();
    assert_eq!(
        crate::harness::keys(&json),
        expected,
        "one JSON array, whole"
    );

    let csv = svc
        .tik(["list", "-L", "0", "--format", "csv", "--columns", "key"])
        .run()
        .success();
    let mut expected_csv = String::from("key\n");
    for key in &expected {
        expected_csv.push_str(key);
        expected_csv.push('\n');
    }
    assert_eq!(csv.stdout, expected_csv, "one header, then a row a ticket");

    let some = svc
        .tik([
            "list",
            "-L",
            "150",
            "--format",
            "tsv",
            "--no-headers",
            "--columns",
            "key",
        ])
        .run()
        .success();
    assert_eq!(some.stdout.lines().count(), 150);
    let filtered = svc
        .tik(["list", "-L", "0", "--jq", "length"])
        .run()
        .success();
    assert_eq!(filtered.stdout, "230\n", "--jq sees the list whole");
}

#[test]
fn an_empty_list_is_a_well_formed_empty_document() {
    let svc = Service::start();
    let csv = svc.tik(["list", "--format", "csv", "--columns", "key,title"]);
    assert_eq!(csv.run().success().stdout, "key,title\n");
    let json = svc.tik(["list", "--format", "json"]).run().success();
    assert_eq!(json.stdout, "[]\n");
    let jsonl = svc.tik(["list", "--format", "jsonl"]).run().success();
    assert_eq!(jsonl.stdout, "");
}
