//! `tik new` with nothing given, at a real terminal (a pseudo-terminal): the walk through the
//! catalogue a person gets.

use crate::harness::{Service, exit_code};

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";

/// Waits for `prompt`, moves the choice by `keys` and takes it; then the terminal shows what
/// was chosen.
fn choose(session: &mut rexpect::session::PtySession, prompt: &str, keys: &[&str], shown: &str) {
    session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("the prompt {prompt:?}: {e}"));
    for key in keys {
        session.send(key).expect("a key");
    }
    session.send(ENTER).expect("Enter");
    session.flush().expect("the keys sent");
    session
        .exp_string(shown)
        .unwrap_or_else(|e| panic!("{shown:?} after {prompt:?}: {e}"));
}

#[test]
fn new_at_a_terminal_with_nothing_given_walks_through_the_catalogue() {
    let svc = Service::start();
    let capture = svc.write_file("login.har", "{\"log\": {}}");
    let mut s = svc.tik(["new"]).in_terminal();
    choose(
        &mut s,
        "Department",
        &[DOWN],
        "Department: Billing and sales",
    );
    choose(&mut s, "Service", &[DOWN, DOWN], "Service: Cloud servers");
    choose(
        &mut s,
        "Category group",
        &[DOWN],
        "Category group: 1 Software problems",
    );
    choose(
        &mut s,
        "Category in 1 Software problems",
        &[DOWN, DOWN, DOWN, DOWN],
        "1.5 Authentication problem",
    );
    // The type starts at the API's default, a question; up twice is a correction (a bug).
    choose(&mut s, "Type", &[UP, UP], "Type: Correction");
    // Each level's guidance is in view while the priority is chosen.
    s.exp_string("Blocked IP: every IP is blocked")
        .expect("the guidance of the top level");
    choose(&mut s, "Priority", &[DOWN, DOWN, DOWN], "Priority: Urgent");
    s.exp_string("Title").expect("the title prompt");
    s.send_line("Cannot sign in").expect("typing");
    s.exp_string("Description").expect("the description prompt");
    s.send_line("The password reset mail never arrives")
        .expect("typing");
    s.exp_string("Attach a file")
        .expect("the attachment prompt");
    s.send_line(capture.to_str().unwrap()).expect("typing");
    s.exp_string("Attach a file").expect("another");
    s.send_line("").expect("Enter alone");
    s.exp_string("Created CS-1: Cannot sign in")
        .expect("the ticket is created");
    assert_eq!(exit_code(s), 0);

    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["department"], "billing");
    assert_eq!(t["service"], "cloud");
    assert_eq!(t["category"], "1.5");
    assert_eq!(t["type"], "bug");
    assert_eq!(t["priority"], "urgent");
    assert_eq!(t["description"], "The password reset mail never arrives");
    assert_eq!(t["attachments"][0]["name"], "login.har");
    assert_eq!(t["channel"], "cli");
}

#[test]
fn the_walk_offers_the_catalogue_in_force() {
    let svc = Service::start();
    let four =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalogues/four-levels.toml");
    svc.admin(["catalog", "import"]).arg(&four).run().success();
    let mut s = svc.tik(["new"]).in_terminal();
    choose(&mut s, "Department", &[], "Department: Technical support");
    choose(&mut s, "Service", &[], "Service: (none)");
    choose(&mut s, "Category group", &[], "Category group: (none)");
    choose(&mut s, "Type", &[], "Type: Assistance");
    s.exp_string("Work cannot go on until this is solved")
        .expect("the four-level guidance");
    choose(&mut s, "Priority", &[DOWN, DOWN], "Priority: Blocking");
    s.exp_string("Title").expect("the title prompt");
    s.send_line("Build agents down").expect("typing");
    s.exp_string("Description").expect("the description prompt");
    s.send_line("All of them").expect("typing");
    s.exp_string("Attach a file")
        .expect("the attachment prompt");
    s.send_line("").expect("Enter alone");
    s.exp_string("Created CS-1").expect("the ticket is created");
    assert_eq!(exit_code(s), 0);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["priority"], "blocking");
    assert_eq!(t["department"], "technical-support");
    assert!(t["service"].is_null() && t["category"].is_null(), "{t}");
    assert!(t["attachments"].as_array().unwrap().is_empty());
}

#[test]
fn off_a_terminal_a_bare_new_still_names_the_title_flag() {
    let svc = Service::start();
    let err = svc.tik(["new"]).run().fails(2);
    assert!(err.contains("pass --title"), "{err}");
}
