//! One file a subcommand, each with its `Args` and `run`; this is the one dispatch.

pub(crate) mod admin;
pub(crate) mod attach;
pub(crate) mod close;
pub(crate) mod comment;
pub(crate) mod escalate;
pub(crate) mod list;
pub(crate) mod new;
pub(crate) mod reopen;
pub(crate) mod serve;
pub(crate) mod show;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::cli::{Cli, Command};
use crate::client::LocalFile;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output;

pub(crate) async fn dispatch(cli: Cli) -> anyhow::Result<()> {
    let ctx = Context::new(cli.global);
    let output = match cli.command {
        Command::New(args) => new::run(&ctx, args).await?,
        Command::List(args) => list::run(&ctx, args).await?,
        Command::Show(args) => show::run(&ctx, args).await?,
        Command::Comment(args) => comment::run(&ctx, args).await?,
        Command::Attach(args) => attach::run(&ctx, args).await?,
        Command::Escalate(args) => escalate::run(&ctx, args).await?,
        Command::Close(args) => close::run(&ctx, args).await?,
        Command::Reopen(args) => reopen::run(&ctx, args).await?,
        Command::Serve(args) => serve::run(&ctx, args).await?,
        Command::Admin(args) => admin::run(&ctx, args).await?,
    };
    output::print(&ctx, &output)
}

/// A text given inline, or read from a file (`-` for stdin).
pub(crate) fn read_text(
    inline: Option<String>,
    file: Option<&Path>,
) -> anyhow::Result<Option<String>> {
    match (inline, file) {
        (Some(text), _) => Ok(Some(text)),
        (None, Some(path)) if path == Path::new("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| UsageError(format!("cannot read the body from stdin: {e}")))?;
            Ok(Some(text))
        }
        (None, Some(path)) => std::fs::read_to_string(path)
            .map(Some)
            .map_err(|e| UsageError(format!("cannot read {}: {e}", path.display())).into()),
        (None, None) => Ok(None),
    }
}

/// Every file, checked readable before anything is sent.
pub(crate) fn local_files(paths: &[PathBuf]) -> anyhow::Result<Vec<LocalFile>> {
    Ok(paths
        .iter()
        .map(|p| LocalFile::open(p))
        .collect::<Result<_, _>>()?)
}
