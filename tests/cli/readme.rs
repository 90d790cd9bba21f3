//! The README's worked example, run: every `console` block of README.md, in order, against one
//! real service, each `$ command` in `sh` with `tik` on the `PATH`, its output compared with
//! the lines below it. Times and the service's port change from run to run and are masked on
//! both sides; everything else must match, so the README cannot drift from the code.
//! `TIK_UPDATE_README=1 cargo test --test cli readme` writes what the commands print instead.

use std::path::Path;

use crate::harness::{Service, TIK};

/// `(command, expected output)` of every `$` line of every `console` block.
fn examples(readme: &str) -> Vec<(String, String)> {
    let mut examples: Vec<(String, String)> = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            examples.push((command.to_owned(), String::new()));
        } else {
            let (_, expected) = examples.last_mut().expect("a command first");
            expected.push_str(line);
            expected.push('\n');
        }
    }
    examples
}

fn masked(text: &str) -> String {
    let time = regex::Regex::new(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z").unwrap();
    let host = regex::Regex::new(r"http://127\.0\.0\.1:\d+").unwrap();
    let text = time.replace_all(text, |c: &regex::Captures<'_>| {
        // Keep the width, so aligned columns stay aligned.
        "T".repeat(c[0].len())
    });
    host.replace_all(&text, "http://[host]").into_owned()
}

#[test]
fn the_readme_examples_print_what_the_readme_says() {
    let svc = Service::start();
    svc.write_file("build.log", "error: linker failed\n");
    svc.write_file("df.txt", "Filesystem 100% /var\n");
    // The shipped catalogue files, where a user in the repository finds them.
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogues");
    std::fs::create_dir(svc.file("catalogues")).expect("a directory");
    for file in std::fs::read_dir(&shipped).expect("catalogues/").flatten() {
        std::fs::copy(file.path(), svc.file("catalogues").join(file.file_name())).expect("a copy");
    }
    let readme = include_str!("../../README.md");
    let examples = examples(readme);
    assert!(examples.len() >= 15, "the README's examples were found");
    let bin = Path::new(TIK).parent().expect("the binary's directory");
    let path = std::env::join_paths(std::iter::once(bin.to_owned()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("a PATH");
    let update = std::env::var_os("TIK_UPDATE_README").is_some();
    let mut outputs = Vec::new();
    for (command, expected) in examples {
        let run = svc
            .sh(&command)
            .env("PATH", &path)
            .env("TIK_DATABASE", svc.database_arg())
            .run();
        let printed = format!("{}{}", run.stdout, run.stderr);
        if update {
            outputs.push(printed.replace(&svc.host, "http://127.0.0.1:8765"));
            continue;
        }
        assert_eq!(
            masked(&printed),
            masked(&expected),
            "README: `$ {command}` printed\n{printed}"
        );
    }
    if update {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
        std::fs::write(path, rewritten(readme, &outputs)).expect("README.md written");
    }
}

/// `readme` with the output under each `$` line of its `console` blocks replaced by `outputs`,
/// in order.
fn rewritten(readme: &str, outputs: &[String]) -> String {
    let mut text = String::new();
    let mut outputs = outputs.iter();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line == "```console";
        } else if in_console && !line.starts_with("$ ") {
            continue;
        }
        text.push_str(line);
        text.push('\n');
        if in_console && line.starts_with("$ ") {
            text.push_str(outputs.next().expect("an output a command"));
        }
    }
    text
}

/// The README's table of what the reference desks do names, on each row, the tests that show
/// it: each must be a test of this suite.
#[test]
fn every_test_the_readme_names_exists() {
    let readme = include_str!("../../README.md");
    let name = regex::Regex::new(r"`([a-z_]+)::([a-z0-9_]+)`").unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let mut named = 0;
    for row in readme.lines().filter(|l| l.starts_with('|')) {
        for found in name.captures_iter(row) {
            let source = std::fs::read_to_string(dir.join(format!("{}.rs", &found[1])))
                .unwrap_or_else(|_| panic!("no tests/cli/{}.rs for {}", &found[1], &found[0]));
            let test = format!("#[test]\nfn {}()", &found[2]);
            assert!(
                source.contains(&test),
                "README names {}, which is no test",
                &found[0]
            );
            named += 1;
        }
    }
    assert!(
        named >= 25,
        "the README's table was found ({named} tests named)"
    );
}
