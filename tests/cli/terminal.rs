//! `tik` at a real terminal (a pseudo-terminal): what only a person sees, the title prompt,
//! the editor for a comment, the upload progress bar.

use crate::harness::{Service, exit_code};

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
    let session = comment_in_editor(&svc, "printf 'Written in the editor\\n' > \"$1\"");
    assert_eq!(exit_code(session), 0);
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    let body = t["comments"][0]["body"].as_str().unwrap();
    assert_eq!(body.trim_end(), "Written in the editor");
}

#[test]
fn comment_left_empty_in_the_editor_adds_nothing() {
    let svc = Service::start();
    svc.new_ticket("x");
    let mut session = comment_in_editor(&svc, ": > \"$1\"");
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

/// `tik comment CS-1` at a terminal, with an editor that runs `script` on the file.
fn comment_in_editor(svc: &Service, script: &str) -> rexpect::session::PtySession {
    let editor = svc.write_file("editor.sh", format!("#!/bin/sh\n{script}\n"));
    make_executable(&editor);
    svc.tik(["comment", "CS-1"])
        .env("EDITOR", &editor)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .in_terminal()
}

fn make_executable(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Everything a command printed to a terminal, once it ended, with the terminal's CR LF as LF.
pub(crate) fn screen(tik: crate::harness::Tik) -> String {
    let mut session = tik.in_terminal();
    let printed = session.exp_eof().expect("the command ends");
    // The session hands over each byte as a char; put the UTF-8 back together.
    let bytes: Vec<u8> = printed
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a byte"))
        .collect();
    String::from_utf8(bytes)
        .expect("UTF-8 on the terminal")
        .replace("\r\n", "\n")
}

#[test]
fn the_list_fits_a_terminal_60_or_80_columns_wide() {
    let svc = Service::start();
    svc.new_ticket("Short title");
    let long = "The nightly build fails on the arm64 agents since the compiler upgrade, \
                with a linker error about relocations that nobody has seen before";
    svc.tik(["new", "-t", long, "--priority", "very-urgent"])
        .run()
        .success();
    for columns in [60, 80] {
        let shown = screen(svc.tik(["list"]).env("COLUMNS", columns.to_string()));
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines.len(), 3, "one line a ticket at {columns}:\n{shown}");
        for line in &lines {
            assert!(
                unicode_width::UnicodeWidthStr::width(*line) <= columns,
                "{columns} columns: {line:?}"
            );
        }
        let header: Vec<&str> = lines[0].split_whitespace().collect();
        assert!(
            header.contains(&"TITLE") && header.contains(&"KEY"),
            "{header:?}"
        );
        assert!(
            !lines[0].contains("PRIORIT "),
            "no header cut: {}",
            lines[0]
        );
        assert!(
            lines[1].contains('…'),
            "the long title is cut: {}",
            lines[1]
        );
        assert!(lines[1].contains("The nightly build"), "{}", lines[1]);
        assert!(lines[2].contains("Short title"), "{}", lines[2]);
        assert!(shown.contains("just now"), "relative times: {shown}");
    }
    // In a pipe, nothing is cut and times are exact.
    let piped = svc
        .tik(["list"])
        .env("COLUMNS", "60")
        .run()
        .success()
        .stdout;
    assert!(piped.contains(long), "{piped}");
    assert!(!piped.contains('…'));
}

#[test]
fn escapes_in_someones_text_are_shown_not_obeyed_on_a_terminal() {
    let svc = Service::start();
    svc.tik([
        "new",
        "-t",
        "Colourful",
        "-b",
        "\u{1b}[31mred\u{1b}[0m and a bell\u{7}\u{1b}]0;pwned\u{7}",
    ])
    .run()
    .success();
    let shown = screen(svc.tik(["show", "CS-1", "--color", "never"]));
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    assert!(!shown.contains('\u{7}'), "{shown:?}");
    assert!(
        shown.contains("^[[31mred^[[0m and a bell^G^[]0;pwned^G"),
        "{shown:?}"
    );
    // In a pipe and in JSON the text is exact.
    let piped = svc.tik(["show", "CS-1"]).run().success().stdout;
    assert!(piped.contains("\u{1b}[31mred\u{1b}[0m"), "{piped:?}");
    let json = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert!(
        json["description"]
            .as_str()
            .unwrap()
            .starts_with("\u{1b}[31m")
    );
}

#[test]
fn show_wraps_long_text_and_shortens_digests_on_a_terminal() {
    let svc = Service::start();
    let words = "word ".repeat(60);
    let title = "A title long enough to need two lines at sixty columns wide";
    svc.tik(["new", "-t", title, "-b", words.trim_end()])
        .run()
        .success();
    let file = svc.write_file("df.txt", "Filesystem 100%\n");
    svc.tik(["attach", "CS-1"]).arg(&file).run().success();
    let shown = screen(svc.tik(["show", "CS-1"]).env("COLUMNS", "60"));
    for line in shown.lines() {
        assert!(line.chars().count() <= 60, "{line:?}");
    }
    assert!(
        shown.lines().nth(1).unwrap().starts_with("      "),
        "the title hangs: {shown}"
    );
    assert!(shown.contains("sha256:") && shown.contains('…'), "{shown}");
    let piped = svc.tik(["show", "CS-1"]).run().success().stdout;
    assert!(piped.contains(words.trim_end()), "whole in a pipe");
    assert!(
        piped.lines().any(|l| l.contains("sha256:") && l.len() > 70),
        "{piped}"
    );
}

#[test]
fn a_dumb_terminal_gets_no_colour_and_always_means_always() {
    let svc = Service::start();
    svc.new_ticket("Plain");
    let colourful = screen(svc.tik(["list"]).env_remove("NO_COLOR"));
    assert!(
        colourful.contains('\u{1b}'),
        "a terminal gets colour: {colourful:?}"
    );
    let dumb = screen(svc.tik(["list"]).env_remove("NO_COLOR").env("TERM", "dumb"));
    assert!(!dumb.contains('\u{1b}'), "{dumb:?}");
    // --color always wins over NO_COLOR, with whole escape sequences: a colour and its reset.
    let forced = svc
        .tik(["list", "--color", "always"])
        .env("NO_COLOR", "1")
        .run()
        .success()
        .stdout;
    assert!(
        forced.contains("\u{1b}[38;5;10m"),
        "the status is green: {forced:?}"
    );
    let never = svc.tik(["list", "--color", "never"]).run().success().stdout;
    assert!(!never.contains('\u{1b}'), "{never:?}");
}

#[test]
fn the_editor_opens_with_a_hint_that_is_left_out() {
    let svc = Service::start();
    svc.new_ticket("x");
    // An editor that writes a Markdown heading and a line above the hint, keeping the hint.
    let session = comment_in_editor(
        &svc,
        "cp \"$1\" hint.txt\n{ printf '# Cause\\nThe disk\\n'; cat hint.txt; } > \"$1\"",
    );
    assert_eq!(exit_code(session), 0);
    let hint = std::fs::read_to_string(svc.file("hint.txt")).expect("the editor saw the hint");
    assert!(hint.contains("send nothing"), "{hint}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(
        t["comments"][0]["body"].as_str().unwrap().trim_end(),
        "# Cause\nThe disk"
    );
}

#[test]
fn a_missing_editor_is_named() {
    let svc = Service::start();
    svc.new_ticket("x");
    let mut session = svc
        .tik(["comment", "CS-1"])
        .env("EDITOR", "no-such-editor")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .in_terminal();
    session
        .exp_string("cannot start the editor 'no-such-editor': not found")
        .expect("the editor is named");
    assert_eq!(exit_code(session), 2);
}

#[test]
fn no_input_at_a_terminal_says_prompts_are_off() {
    let svc = Service::start();
    let shown = screen(svc.tik(["new", "--no-input"]));
    assert!(
        shown.contains("pass --title (prompts are off: --no-input)"),
        "{shown}"
    );
    assert!(!shown.contains("run in a terminal"), "{shown}");
}

#[test]
fn ci_and_tik_no_input_turn_prompts_off_as_no_input_does() {
    let svc = Service::start();
    for (name, value, why) in [
        ("CI", "true", "CI=true"),
        ("TIK_NO_INPUT", "1", "TIK_NO_INPUT"),
    ] {
        let shown = screen(svc.tik(["new"]).env(name, value));
        assert!(
            shown.contains(&format!("pass --title (prompts are off: {why})")),
            "{name}={value}: {shown}"
        );
    }
    // Anything but a yes leaves prompts on.
    let mut session = svc.tik(["new"]).env("CI", "false").in_terminal();
    session
        .exp_string("Department")
        .expect("the guided prompts");
}
