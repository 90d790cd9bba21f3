//! `tik` at a real terminal (a pseudo-terminal): what only a person sees, the title prompt,
//! the editor for a comment, the upload progress bar.

use crate::harness::Service;

/// Waits for the session's process to end and returns its exit code.
fn exit_code(mut session: rexpect::session::PtySession) -> i32 {
    session.exp_eof().expect("the command ends");
    match session.process().wait().expect("the command's status") {
        rexpect::process::WaitStatus::Exited(_, code) => code,
        other => panic!("the command did not exit normally: {other:?}"),
    }
}

#[test]
fn new_asks_for_a_missing_title_at_a_terminal() {
    let svc = Service::start();
    let mut session = svc.tik(["new", "--priority", "high"]).in_terminal();
    session.exp_string("Title").expect("a title prompt");
    session.send_line("Printer on fire").expect("typing");
    session
        .exp_string("Created CS-1: Printer on fire")
        .expect("the ticket is created");
    assert_eq!(exit_code(session), 0);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["title"], "Printer on fire");
    assert_eq!(t["priority"], "high");
}

#[test]
fn no_input_never_prompts_even_at_a_terminal() {
    let svc = Service::start();
    let mut session = svc.tik(["new", "--no-input"]).in_terminal();
    session.exp_string("--title").expect("the flag is named");
    assert_eq!(exit_code(session), 2);
    assert_eq!(
        svc.tik(["list", "--json"]).run().success().json(),
        serde_json::json!([])
    );
}

#[test]
fn comment_opens_the_editor_at_a_terminal() {
    let svc = Service::start();
    svc.new_ticket("Needs a long answer");
    // An editor that writes the comment into the file it is given, as a person would.
    let editor = svc.write_file(
        "editor.sh",
        "#!/bin/sh\nprintf 'Written in the editor\\n' > \"$1\"\n",
    );
    make_executable(&editor);
    let session = svc
        .tik(["comment", "CS-1"])
        .env("EDITOR", &editor)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .in_terminal();
    assert_eq!(exit_code(session), 0);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    let body = t["comments"][0]["body"].as_str().unwrap();
    assert_eq!(body.trim_end(), "Written in the editor");
}

#[test]
fn comment_left_empty_in_the_editor_adds_nothing() {
    let svc = Service::start();
    svc.new_ticket("x");
    let editor = svc.write_file("editor.sh", "#!/bin/sh\n: > \"$1\"\n");
    make_executable(&editor);
    let mut session = svc
        .tik(["comment", "CS-1"])
        .env("EDITOR", &editor)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .in_terminal();
    session.exp_string("empty").expect("a refusal naming why");
    assert_eq!(exit_code(session), 2);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["comments"], serde_json::json!([]));
}

#[test]
fn attach_shows_its_progress_at_a_terminal() {
    let svc = Service::start();
    svc.new_ticket("x");
    let file = svc.write_file("capture.txt", vec![b'x'; 3 * 1024 * 1024]);
    let mut session = svc.tik(["attach", "CS-1"]).arg(&file).in_terminal();
    // The bar counts bytes against the total before it is cleared for the result line.
    session.exp_string("/3.00 MiB").expect("a progress bar");
    session
        .exp_string("Attached capture.txt to CS-1 (3 MiB")
        .expect("the result");
    assert_eq!(exit_code(session), 0);
}

fn make_executable(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}
