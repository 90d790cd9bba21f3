use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::exit::UsageError;
use crate::generated::man_pages;
use crate::output::Output;
use crate::units::io_reason;

/// Install the man pages, or print one
///
/// With no command named, writes tik(1) and a page for every subcommand into DIR (by default
/// man1 under the user's data directory, ~/.local/share/man/man1 on Linux, which man finds
/// when ~/.local/bin is on PATH; elsewhere add its parent to MANPATH). Naming a command
/// prints its page, to read with `man -l -`.
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
    /// Where to write the pages [default: man/man1 in the user's data directory]
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
        None => dirs::data_dir()
            .map(|data| data.join("man").join("man1"))
            .ok_or_else(|| UsageError("no data directory here: pass --dir".into()))?,
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
