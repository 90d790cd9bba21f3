//! Files generated from the code and committed: the `OpenAPI` document, shell completions (the
//! scripts that register `tik` with each shell, see `complete.rs`) and man pages. A test renders
//! them here and compares them with the committed copies.

use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::{Generator as _, Shell};

use crate::cli::{self, Cli};

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
    for (name, page) in man_pages() {
        files.push((PathBuf::from("man").join(format!("{name}.1")), page));
    }
    files
}

fn openapi() -> Vec<u8> {
    let mut json = serde_json::to_string_pretty(&crate::server::openapi::document())
        .expect("the OpenAPI document serialises");
    json.push('\n');
    json.into_bytes()
}

/// One page for `tik` and one for each subcommand (`tik-new`, `tik-admin-user`, …), as git
/// has them: each page's name, without its section, and its roff.
pub(crate) fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut command = Cli::command();
    command.build();
    let mut pages = Vec::new();
    man_page_tree(&command, "tik", &mut pages);
    pages
}

fn man_page_tree(command: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let man = clap_mangen::Man::new(command.clone()).title(name.to_owned());
    let mut page = Vec::new();
    if name == "tik" {
        top_page(&man, &mut page).expect("a man page renders into memory");
    } else {
        man.render(&mut page)
            .expect("a man page renders into memory");
    }
    pages.push((name.to_owned(), ascii_roff(&page)));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        man_page_tree(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

/// The page with its few characters past ASCII spelled as groff glyphs: `man` in the C
/// locale (a container, a CI job) warns of any other, and prints it as nothing.
fn ascii_roff(page: &[u8]) -> Vec<u8> {
    let page = std::str::from_utf8(page).expect("clap_mangen writes UTF-8");
    let mut ascii = String::with_capacity(page.len());
    for c in page.chars() {
        match c {
            '…' => ascii.push_str("..."),
            '→' => ascii.push_str("\\(->"),
            '—' => ascii.push_str("\\(em"),
            c if c.is_ascii() => ascii.push(c),
            c => panic!("a man page holds {c:?}: give it a groff glyph in ascii_roff"),
        }
    }
    ascii.into_bytes()
}

/// tik(1): clap's sections, but the end of `--help` given as the sections a man page has
/// (EXIT STATUS, ENVIRONMENT, FILES) instead of one block of text.
fn top_page(man: &clap_mangen::Man, out: &mut Vec<u8>) -> std::io::Result<()> {
    use clap_mangen::roff::{Roff, bold, roman};

    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    let mut roff = Roff::new();
    let mut section = |title: &str, entries: &mut dyn Iterator<Item = (String, &str)>| {
        roff.control("SH", [title]);
        for (term, meaning) in entries {
            roff.control("TP", []);
            roff.text([bold(term)]);
            roff.text([roman(meaning)]);
        }
    };
    section(
        "EXIT STATUS",
        &mut cli::EXIT_CODES
            .iter()
            .map(|(code, meaning)| (code.to_string(), *meaning)),
    );
    section(
        "ENVIRONMENT",
        &mut cli::ENVIRONMENT
            .iter()
            .map(|(name, meaning)| ((*name).to_owned(), *meaning)),
    );
    section(
        "FILES",
        &mut cli::FILES
            .iter()
            .map(|(path, meaning)| ((*path).to_owned(), *meaning)),
    );
    roff.text([roman(
        "~/.config and ~/.local/share are the XDG directories on Linux (XDG_CONFIG_HOME and \
         XDG_DATA_HOME move them); macOS keeps both in ~/Library/Application Support, Windows \
         in %APPDATA%. The database's companions sit beside wherever --database puts it.",
    )]);
    roff.to_writer(out)?;
    man.render_version_section(out)
}
