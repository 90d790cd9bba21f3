//! The README's worked example, run: every `console` block of README.md, in order, against one
//! real service, each `$ command` in `sh` with `tik` on the `PATH`, its output compared with
//! the lines below it. Times and the service's port change from run to run and are masked on
//! both sides; everything else must match, so the README cannot drift from the code.

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
    for (command, expected) in examples {
        let run = svc
            .sh(&command)
            .env("PATH", &path)
            .env("TIK_DATABASE", svc.database())
            .run();
        let printed = format!("{}{}", run.stdout, run.stderr);
        assert_eq!(
            masked(&printed),
            masked(&expected),
            "README: `$ {command}` printed\n{printed}"
        );
    }
}
