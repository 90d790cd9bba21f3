use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::exit::UsageError;
use crate::generated::man_pages;
use crate::output::Output;
use crate::units::io_reason;

/// Install the man pages, or print one
///
/// With no command named, writes tik(1) and a page for every subcommand into DIR. By default
/// that is share/man/man1 beside the directory tik is in, when tik may write there: man
/// looks beside every directory on PATH, so after `cargo install` (~/.cargo/bin/tik, pages in
/// ~/.cargo/share/man/man1) `man tik-new` answers with nothing more to set. Otherwise it is
/// man/man1 in the user's data directory (~/.local/share/man/man1 on Linux, found when
/// ~/.local/bin is on PATH; else add ~/.local/share/man to MANPATH). Naming a command prints
/// its page, to read with `man -l -`.
///
/// Examples:
///   tik man                                  # then: man tik-new
///   tik man --dir /usr/local/share/man/man1  # for every user of the machine
///   tik man new | man -l -
///   tik man admin user | man -l -
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The command whose page to print, e.g. `new` or `admin user`
    #[arg(value_name = "COMMAND", conflicts_with = "dir")]
    command: Vec<String>,
    /// Where to write the pages [default: share/man/man1 beside tik's bin directory, else
    /// man/man1 in the user's data directory]
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub(crate) fn run(_ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let pages = man_pages();
    if !args.command.is_empty() {
        let name = std::iter::once("tik")
            .chain(args.command.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("-");
        let Some((_, page)) = pages.iter().find(|(page, _)| *page == name) else {
            return Err(UsageError(format!(
                "no command `{}`: `tik help` lists them",
                args.command.join(" ")
            ))
            .into());
        };
        let mut out = std::io::stdout().lock();
        out.write_all(page)?;
        out.flush()?;
        return Ok(Output::Nothing);
    }
    let dir = match args.dir {
        Some(dir) => dir,
        None => {
            default_dir().ok_or_else(|| UsageError("no data directory here: pass --dir".into()))?
        }
    };
    for (name, page) in &pages {
        write_page(&dir, &format!("{name}.1"), page)?;
    }
    Output::done(
        format!("Wrote {} man pages to {}", pages.len(), dir.display()),
        &serde_json::json!({
            "dir": dir,
            "pages": pages.iter().map(|(name, _)| format!("{name}.1")).collect::<Vec<_>>(),
        }),
    )
}

/// Where pages go unless told: beside the binary's `bin` directory if tik may write there,
/// else under the user's data directory.
fn default_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok();
    let beside = exe.as_deref().and_then(beside_the_binary).filter(|dir| {
        // The prefix (`~/.cargo`), or the nearest part of the pages' path that exists.
        let existing = dir.ancestors().find(|p| p.exists());
        existing.is_some_and(|p| rustix::fs::access(p, rustix::fs::Access::WRITE_OK).is_ok())
    });
    beside.or_else(|| dirs::data_dir().map(|data| data.join("man").join("man1")))
}

/// `PREFIX/share/man/man1` for a binary in `PREFIX/bin`, where man looks for the pages of the
/// commands in each `bin` on PATH.
fn beside_the_binary(exe: &Path) -> Option<PathBuf> {
    let bin = exe.parent()?;
    if bin.file_name()? != "bin" {
        return None;
    }
    Some(bin.parent()?.join("share").join("man").join("man1"))
}

/// Writes a page whole or not at all: a temporary file beside it, renamed over it.
fn write_page(dir: &Path, name: &str, page: &[u8]) -> anyhow::Result<()> {
    let failed = |e: &std::io::Error| {
        UsageError(format!(
            "cannot write {}: {}",
            dir.join(name).display(),
            io_reason(e)
        ))
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(&e))?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| failed(&e))?;
    file.write_all(page).map_err(|e| failed(&e))?;
    // Pages are for everyone who may read the directory.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(|e| failed(&e))?;
    }
    file.persist(dir.join(name)).map_err(|e| failed(&e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn pages_go_where_man_looks_for_the_binarys_own() {
        assert_eq!(
            super::beside_the_binary(Path::new("/home/ann/.cargo/bin/tik")).unwrap(),
            Path::new("/home/ann/.cargo/share/man/man1")
        );
        assert_eq!(
            super::beside_the_binary(Path::new("/src/tik/target/release/tik")),
            None
        );
    }
}
