//! Files generated from the code and committed: the `OpenAPI` document, shell completions (the
//! scripts that register `tik` with each shell, see `complete.rs`) and man pages. A test renders
//! them here and compares them with the committed copies.

use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::{Generator as _, Shell};

use crate::cli::Cli;

/// Every generated file: its path from the repository root, and its contents.
pub fn files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = vec![(PathBuf::from("openapi.json"), openapi())];
    let mut command = Cli::command();
    command.build();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        let name = shell.file_name("tik");
        let script = crate::complete::registration(shell);
        files.push((PathBuf::from("completions").join(name), script));
    }
    man_pages(&command, "tik", &mut files);
    files
}

fn openapi() -> Vec<u8> {
    let mut json = serde_json::to_string_pretty(&crate::server::openapi::document())
        .expect("the OpenAPI document serialises");
    json.push('\n');
    json.into_bytes()
}

/// One page for `tik` and one for each subcommand (`tik-new.1`, `tik-admin-user.1`, …), as git does.
fn man_pages(command: &clap::Command, name: &str, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone())
        .title(name.to_owned())
        .render(&mut page)
        .expect("a man page renders into memory");
    files.push((PathBuf::from("man").join(format!("{name}.1")), page));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}
