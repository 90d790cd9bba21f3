//! `tik man`: the man pages an installed tik writes for itself, the same as the committed
//! `man/`, each rendered by the real `man` without a warning.

use std::path::Path;
use std::process::Command;

use crate::harness::Tik;

/// A directory for a run of tik that needs no service.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("files")).unwrap();
    dir
}

fn committed(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("man").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn tik_man_writes_every_page_as_committed_and_man_renders_each_without_a_warning() {
    let dir = scratch();
    let pages = dir.path().join("share/man/man1");
    let wrote = Tik::new(dir.path(), ["man", "--dir"])
        .arg(&pages)
        .run()
        .success();
    assert!(wrote.stdout.starts_with("Wrote "), "{}", wrote.stdout);
    let mut names: Vec<String> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("man"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    expected.sort();
    assert_eq!(names, expected, "every page, and no other file");
    for name in &names {
        let page = pages.join(name);
        assert_eq!(
            std::fs::read_to_string(&page).unwrap(),
            committed(name),
            "{name}"
        );
        let rendered = Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&page)
            .env("MANWIDTH", "80")
            // The C locale of a container or a CI job, where a stray character warns.
            .env("LC_ALL", "C")
            .output()
            .expect("man runs (.ci/run installs man-db)");
        assert!(rendered.status.success(), "{name}: {rendered:?}");
        let warnings = String::from_utf8_lossy(&rendered.stderr);
        assert!(warnings.is_empty(), "{name}: {warnings}");
    }
    let top = String::from_utf8(
        Command::new("man")
            .arg("-l")
            .arg(pages.join("tik.1"))
            .env("MANWIDTH", "80")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for section in [
        "EXIT STATUS",
        "ENVIRONMENT",
        "FILES",
        "TIK_TOKEN",
        "credentials.toml",
    ] {
        assert!(top.contains(section), "tik(1) has no {section}");
    }
}

#[test]
fn man_finds_the_pages_under_the_data_directory_by_name() {
    let dir = scratch();
    Tik::new(dir.path(), ["man"])
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .run()
        .success();
    let found = Command::new("man")
        .args(["-w", "tik-new"])
        .env("MANPATH", dir.path().join("data/man"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&found.stdout).trim(),
        dir.path()
            .join("data/man/man1/tik-new.1")
            .display()
            .to_string()
    );
}

#[test]
fn tik_man_command_prints_that_page_and_an_unknown_one_is_a_usage_error() {
    let dir = scratch();
    let page = Tik::new(dir.path(), ["man", "admin", "user"])
        .run()
        .success();
    assert_eq!(page.stdout, committed("tik-admin-user.1"));
    let err = Tik::new(dir.path(), ["man", "frobnicate"]).run().fails(2);
    assert_eq!(err, "tik: no command `frobnicate`: `tik help` lists them");
}

#[test]
fn every_commands_help_has_examples() {
    let dir = scratch();
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(man).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(command) = name.strip_suffix(".1").and_then(|n| n.strip_prefix("tik-")) else {
            continue;
        };
        if command == "help" {
            continue;
        }
        let help = Tik::new(dir.path(), command.split('-').chain(["--help"]))
            .run()
            .success();
        if !help.stdout.contains("\nExamples:\n  tik ") && !help.stdout.contains("\nExamples:\n  ")
        {
            missing.push(command.replace('-', " "));
        }
    }
    assert!(
        missing.is_empty(),
        "no examples in the help of: {}",
        missing.join(", ")
    );
}
