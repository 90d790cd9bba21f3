//! Failures every command shares: credentials, the host, an unreachable service, a reader
//! that goes away, and the exit-code table.

use crate::harness::{Service, create_tickets};

/// One invocation of each ticket command, on ticket CS-1 where it takes one.
fn every_command(svc: &Service) -> Vec<Vec<String>> {
    let file = svc.write_file("a.txt", "a");
    let file = file.to_string_lossy().into_owned();
    [
        vec!["new", "-t", "x"],
        vec!["list"],
        vec!["show", "CS-1"],
        vec!["comment", "CS-1", "-b", "x"],
        vec!["attach", "CS-1", &file],
        vec!["escalate", "CS-1", "-r", "x"],
        vec!["close", "CS-1"],
        vec!["reopen", "CS-1"],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_owned).collect())
    .collect()
}

#[test]
fn a_wrong_token_is_an_auth_failure_for_every_command() {
    let svc = Service::start();
    svc.new_ticket("exists");
    for args in every_command(&svc) {
        let err = svc.tik(&args).token("tik_not-a-real-token").run().fails(3);
        assert!(err.contains("token"), "{args:?}: {err}");
    }
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["status"], "new", "nothing changed");
    assert_eq!(t["comments"], serde_json::json!([]));
}

#[test]
fn no_token_is_an_auth_failure_that_says_how_to_get_one() {
    let svc = Service::start();
    let err = svc.tik(["list"]).no_token().run().fails(3);
    assert!(err.contains("TIK_TOKEN"), "{err}");
    assert!(err.contains("tik auth login"), "{err}");
    let err = svc.tik(["list"]).token("").run().fails(3);
    assert!(err.contains("TIK_TOKEN"), "{err}");
}

#[test]
fn no_host_is_a_usage_error_naming_the_flag_and_variable() {
    let svc = Service::start();
    let err = svc.tik(["list"]).no_host().run().fails(2);
    assert!(err.contains("--host") && err.contains("TIK_HOST"), "{err}");
}

#[test]
fn the_host_flag_wins_over_the_environment() {
    let svc = Service::start();
    let host = svc.host.clone();
    svc.tik(["list", "--host", &host])
        .host("http://127.0.0.1:1")
        .run()
        .success();
    // With a trailing slash too.
    svc.tik(["list", "--host", &format!("{host}/")])
        .run()
        .success();
}

#[test]
fn a_host_that_is_not_http_is_a_usage_error() {
    let svc = Service::start();
    let bare = svc.host.trim_start_matches("http://").to_owned();
    let err = svc.tik(["list"]).host(&bare).run().fails(2);
    assert!(err.contains("http://"), "{err}");
}

#[test]
fn an_unreachable_service_exits_5_for_every_command() {
    let svc = Service::start();
    let commands = every_command(&svc);
    // Each command retries for its budget before giving up; run them side by side.
    std::thread::scope(|scope| {
        for args in &commands {
            let svc = &svc;
            scope.spawn(move || {
                let err = svc
                    .tik(args)
                    .host("http://127.0.0.1:1")
                    .env("TIK_TIMEOUT", "2")
                    .run()
                    .fails(5);
                assert!(
                    err.contains("gave up after")
                        && err.contains("127.0.0.1:1")
                        && err.contains("tik serve"),
                    "{args:?}: {err}"
                );
            });
        }
    });
}

/// Runs `tik ARGS | head -n 1` in `sh`, keeping tik's exit status and stderr apart.
fn first_line_through_head(svc: &Service, args: &str) -> (String, String, String) {
    let status = svc.dir().join("status");
    let stderr = svc.dir().join("stderr");
    let script = format!(
        "{{ \"$TIK\" {args} 2>'{}'; echo $? >'{}'; }} | head -n 1",
        stderr.display(),
        status.display()
    );
    let run = svc.sh(&script).run().success();
    (
        run.stdout,
        std::fs::read_to_string(status).expect("the status file"),
        std::fs::read_to_string(stderr).expect("the stderr file"),
    )
}

#[test]
fn list_into_a_pipe_closed_early_exits_0_quietly() {
    let svc = Service::start();
    create_tickets(&svc, 600, |i| {
        format!("{i:03} {}", "long title ".repeat(17))
    });
    // Far more than a pipe holds, so tik must meet the closed pipe mid-write.
    let full = svc.tik(["list", "--limit", "1000"]).run().success();
    assert!(
        full.stdout.len() > 128 * 1024,
        "{} bytes",
        full.stdout.len()
    );
    let (stdout, status, stderr) = first_line_through_head(&svc, "list --limit 1000");
    assert!(stdout.starts_with("KEY"), "{stdout}");
    assert_eq!(stdout.lines().count(), 1);
    assert_eq!(status.trim(), "0", "tik's exit status; stderr: {stderr}");
    assert_eq!(stderr, "", "quietly");
    let (_, status, stderr) = first_line_through_head(&svc, "list --limit 1000 --json");
    assert_eq!(status.trim(), "0", "tik's exit status; stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn show_into_a_pipe_closed_early_exits_0_quietly() {
    let svc = Service::start();
    let description = "a line of a long description\n".repeat(7000);
    let body = svc.write_file("body.txt", &description);
    svc.tik(["new", "-q", "-t", "Long", "--body-file"])
        .arg(&body)
        .run()
        .success();
    let full = svc.tik(["show", "CS-1"]).run().success();
    assert!(
        full.stdout.len() > 128 * 1024,
        "{} bytes",
        full.stdout.len()
    );
    let (stdout, status, stderr) = first_line_through_head(&svc, "show CS-1");
    assert_eq!(stdout, "CS-1  Long\n");
    assert_eq!(status.trim(), "0", "tik's exit status; stderr: {stderr}");
    assert_eq!(stderr, "");
    let (stdout, status, stderr) = first_line_through_head(&svc, "show CS-1 --json");
    assert_eq!(stdout, "{\n");
    assert_eq!(status.trim(), "0", "tik's exit status; stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn help_lists_the_exit_codes() {
    let svc = Service::start();
    let help = svc.tik(["--help"]).run().success().stdout;
    for line in [
        "0  success",
        "1  failure",
        "2  usage or invalid input",
        "3  authentication or permission",
        "4  not found",
        "5  service unreachable",
    ] {
        assert!(help.contains(line), "{line:?} missing from:\n{help}");
    }
}

#[test]
fn an_unknown_command_or_flag_is_a_usage_error() {
    let svc = Service::start();
    svc.tik(["frobnicate"]).run().code(2);
    svc.tik(["list", "--frob"]).run().code(2);
    svc.tik::<[&str; 0], &str>([]).run().code(2);
}

/// A service that accepts connections and never answers: every command gives up after its
/// timeout, once, and says what timed out.
#[test]
fn a_service_that_never_answers_times_out_once_and_says_so() {
    let svc = Service::start();
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("a listener");
    let host = format!("http://{}", silent.local_addr().unwrap());
    let held = std::thread::spawn(move || {
        // Accept and hold every connection without a word, until the test ends.
        let mut open = Vec::new();
        for stream in silent.incoming().take(4) {
            open.push(stream);
        }
        open
    });
    let err = svc
        .tik(["list", "--timeout", "1"])
        .host(&host)
        .run()
        .fails(5);
    assert!(err.contains("did not answer within 1 s"), "{err}");
    assert!(err.contains("--timeout"), "{err}");
    let err = svc
        .tik(["show", "CS-1"])
        .host(&host)
        .env("TIK_TIMEOUT", "1")
        .run()
        .fails(5);
    assert!(err.contains("within 1 s"), "{err}");
    drop(held);
}

#[test]
fn usage_errors_are_one_line_without_misleading_guesses() {
    let svc = Service::start();
    for (args, says) in [
        (vec!["delete", "CS-1"], "no command 'delete'"),
        (vec!["new", "--bogus"], "unexpected argument '--bogus'"),
        (
            vec!["list", "--type", "fax"],
            "expected one of incident, bug",
        ),
        (vec!["show"], "tik show needs <KEY>"),
        (vec!["new", "-t"], "--title <TITLE> needs a value"),
    ] {
        let err = svc.tik(&args).run().fails(2);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("similar"), "{args:?}: {err}");
        assert!(!err.contains("--host <URL>"), "{args:?}: {err}");
    }
}

#[test]
fn the_commands_answer_to_the_names_people_type() {
    let svc = Service::start();
    let key = svc
        .tik(["create", "-q", "-t", "Made with create"])
        .run()
        .success()
        .stdout
        .trim()
        .to_owned();
    let listed = svc.tik(["ls", "--json"]).run().success().json();
    assert_eq!(listed[0]["key"], key.as_str());
    let shown = svc.tik(["view", &key, "--json"]).run().success().json();
    assert_eq!(shown["title"], "Made with create");
}

#[test]
fn an_unreadable_file_is_said_once_in_words() {
    let svc = Service::start();
    svc.new_ticket("x");
    let err = svc.tik(["attach", "CS-1", "/nonexistent"]).run().fails(2);
    assert_eq!(
        err.trim(),
        "tik: cannot read /nonexistent: no such file or directory"
    );
    let err = svc
        .tik(["new", "-t", "x", "--body-file", "/nonexistent"])
        .run()
        .fails(2);
    assert_eq!(
        err.trim(),
        "tik: cannot read /nonexistent: no such file or directory"
    );
}

#[test]
fn messages_name_fields_in_words_not_wire_names() {
    let svc = Service::start();
    svc.new_ticket("original");
    svc.new_ticket("copy");
    let err = svc
        .tik(["close", "CS-2", "--duplicate-of", "CS-1"])
        .run()
        .fails(2);
    assert!(!err.contains("duplicate_of"), "{err}");
}

#[test]
fn a_host_with_a_path_says_where_the_service_is() {
    let svc = Service::start();
    svc.new_ticket("x");
    let with_path = format!("{}/v1", svc.host);
    let err = svc.tik(["show", "CS-1"]).host(&with_path).run().fails(2);
    assert!(err.contains("is not the root of a tik service"), "{err}");
    assert!(err.ends_with(&format!("to {}", svc.host)), "{err}");
    // A key that is not there is still exit 4, whatever command takes it.
    for args in [
        vec!["show", "CS-404"],
        vec!["comment", "CS-404", "-b", "x"],
        vec![
            "close",
            "CS-1",
            "-r",
            "duplicate",
            "--duplicate-of",
            "CS-404",
        ],
        vec!["escalate", "CS-404", "-r", "x"],
    ] {
        svc.tik(&args).run().fails(4);
    }
}

#[test]
fn keys_are_taken_in_any_case_or_as_a_number_by_every_command() {
    let svc = Service::start();
    svc.new_ticket("x");
    let out = svc
        .tik(["comment", "cs-1", "-b", "lower case"])
        .run()
        .success()
        .stdout;
    assert_eq!(out.trim(), "Commented on CS-1 (comment 1)");
    let closed = svc.tik(["close", "1"]).run().success().stdout;
    assert_eq!(closed.trim(), "Closed CS-1 (fixed)");
    svc.tik(["reopen", "cs-1"]).run().success();
}
